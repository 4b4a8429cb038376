import type { Database, Kysely } from '@bacc/db';

/**
 * Accredits both of a test tenant's centres until 2099, for tests of what only an accredited
 * centre may do (submitting for award). The programme is the trust's framework unchanged.
 */
export async function accreditForTests<
  T extends { trust: { id: string }; centreA: { id: string }; centreB: { id: string } },
>(db: Kysely<Database>, tenant: T): Promise<T> {
  for (const centre of [tenant.centreA, tenant.centreB])
    await db
      .insertInto('accreditations')
      .values({
        trust_id: tenant.trust.id,
        centre_id: centre.id,
        status: 'accredited',
        framework_version_id: null,
        programme: JSON.stringify({ title: 'Test programme', thresholds: [] }),
        conformance: JSON.stringify({ conforms: true, problems: [] }),
        accredited_from: '2020-09-01',
        accredited_until: '2099-08-31',
      })
      .execute();
  return tenant;
}
