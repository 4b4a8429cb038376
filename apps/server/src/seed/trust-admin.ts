import type { Database, Transaction } from '@bacc/db';

/**
 * The UCAS Tariff (entry from 2017) for the demo's grade scales: points per grade, by scale.
 * T Level Pass is taken at its higher value (core grade C or above).
 */
export const UCAS_TARIFF: Record<string, Record<string, number>> = {
  a_level: { 'A*': 56, A: 48, B: 40, C: 32, D: 24, E: 16 },
  as_level: { A: 20, B: 16, C: 12, D: 10, E: 6 },
  epq: { 'A*': 28, A: 24, B: 20, C: 16, D: 12, E: 8 },
  btec_national: { 'D*': 56, D: 48, M: 32, P: 16 },
  btec_national_diploma: { 'D*D*': 112, 'D*D': 104, DD: 96, DM: 80, MM: 64, MP: 48, PP: 32 },
  t_level: { 'D*': 168, D: 144, M: 120, P: 96 },
};

/**
 * The demo trust's UCAS Tariff points table, and its three centres accredited on the published
 * National Bacc (their programme asks exactly what the framework asks) until 31 August, three
 * years on, so that they can submit for award from the first day.
 */
export async function seedTariffAndAccreditation(
  trx: Transaction<Database>,
  trustId: string,
  centreIds: readonly string[],
  today = new Date(),
) {
  await trx
    .insertInto('points_tables')
    .values({
      trust_id: trustId,
      key: 'ucas_tariff',
      name: 'UCAS Tariff',
      points: JSON.stringify(UCAS_TARIFF),
    })
    .execute();
  const version = await trx
    .selectFrom('framework_versions')
    .select(['id', 'name', 'version_number'])
    .where('trust_id', '=', trustId)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const from = today.toISOString().slice(0, 10);
  const until = `${today.getUTCFullYear() + 3}-08-31`;
  for (const centreId of centreIds) {
    const programme = {
      frameworkVersionId: version.id,
      title: 'National Baccalaureate',
      description:
        'The trust’s National Baccalaureate framework as published, with no local changes.',
      thresholds: [],
      base: { id: version.id, name: version.name, versionNumber: version.version_number },
    };
    const conformance = {
      conforms: true,
      problems: [],
      changed: [],
      engine: { recordsChecked: 0, awardedMore: 0, examples: [] },
      limits: [
        'Accredited when the demo was set up: the programme is the national framework unchanged.',
      ],
    };
    const row = await trx
      .insertInto('accreditations')
      .values({
        trust_id: trustId,
        centre_id: centreId,
        status: 'accredited',
        framework_version_id: version.id,
        programme: JSON.stringify(programme),
        conformance: JSON.stringify(conformance),
        applied_at: today,
        accredited_from: from,
        accredited_until: until,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('accreditation_events')
      .values([
        {
          trust_id: trustId,
          centre_id: centreId,
          accreditation_id: row.id,
          action: 'apply',
          from_status: null,
          to_status: 'applied',
          note: 'Demo set-up',
        },
        {
          trust_id: trustId,
          centre_id: centreId,
          accreditation_id: row.id,
          action: 'accredit',
          from_status: 'applied',
          to_status: 'accredited',
          accredited_until: until,
          note: 'Demo set-up',
        },
      ])
      .execute();
  }
  return { accreditations: centreIds.length, pointsTables: 1 };
}
