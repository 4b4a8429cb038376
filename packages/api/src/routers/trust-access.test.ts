import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { appRouter } from '../root.ts';
import { callerFor, createTenantWithUsers } from '../testing/index.ts';

/** Every procedure under `trust.`, found from the router itself so that new ones are covered too. */
const trustProcedures = Object.keys(appRouter._def.procedures).filter((path) =>
  path.startsWith('trust.'),
);

type Callable = (input: unknown) => Promise<unknown>;
function procedureAt(caller: unknown, path: string): Callable {
  return path
    .split('.')
    .reduce((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
}

const TABLES = [
  'submissions',
  'learners',
  'framework_versions',
  'qualifications',
  'centres',
  'users',
  'audit_events',
  'awards',
  'issuer_keys',
  'status_lists',
] as const;

describeEachDatabase('every trust procedure', (suite) => {
  it('is refused to centre admins, centre staff, another trust’s admin and anonymous callers, changing nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          TABLES.map(async (table) => {
            const row = await db
              .selectFrom(table)
              .select((e) => e.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow();
            return [table, Number(row.n)] as const;
          }),
        ),
      );
    const before = await counts();
    expect(trustProcedures.length).toBeGreaterThan(5);
    const refusals: Array<[string, string, string]> = [];
    for (const [who, user, expected] of [
      ['centre admin', t.centreAdminA, 'FORBIDDEN'],
      ['centre staff', t.staffA, 'FORBIDDEN'],
      ['another trust’s admin', other.admin, 'FORBIDDEN'],
      ['anonymous', null, 'UNAUTHORIZED'],
    ] as const) {
      const caller = callerFor(db, user);
      for (const path of trustProcedures) {
        const code = await procedureAt(
          caller,
          path,
        )({ trustId: t.trust.id }).then(
          () => 'ALLOWED',
          (e: { code?: string }) => e.code ?? 'UNKNOWN',
        );
        if (code !== expected) refusals.push([who, path, code]);
      }
    }
    expect(refusals).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
