import { recomputeDecisions } from '@bacc/api';
import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Database, Transaction } from '@bacc/db';

/**
 * Publishes the National Baccalaureate fixture as the trust's framework, pins every centre's
 * leaving years to it, and decides every learner, as a trust would on its first day.
 */
export async function seedFrameworkAndDecisions(
  trx: Transaction<Database>,
  trustId: string,
  centreIds: readonly string[],
  learners: ReadonlyArray<{ id: string; centre_id: string; leaving_year: number }>,
) {
  const version = await trx
    .insertInto('framework_versions')
    .values({
      trust_id: trustId,
      name: nationalBaccalaureate.name,
      version_number: 1,
      status: 'published',
      definition: JSON.stringify(nationalBaccalaureate),
      definition_hash: hashFramework(nationalBaccalaureate),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const years = [...new Set(learners.map((l) => l.leaving_year))].sort();
  await trx
    .insertInto('cohorts')
    .values(
      centreIds.flatMap((centreId) =>
        years.map((year) => ({
          trust_id: trustId,
          centre_id: centreId,
          leaving_year: year,
          framework_version_id: version.id,
        })),
      ),
    )
    .execute();
  let decided = 0;
  for (const centreId of centreIds) {
    const mine = learners
      .filter((l) => l.centre_id === centreId)
      .map((l) => ({ id: l.id, leavingYear: l.leaving_year }));
    decided += (await recomputeDecisions(trx, { trustId, centreId }, mine)).decided;
  }
  return { frameworkVersions: 1, cohorts: centreIds.length * years.length, decisions: decided };
}
