import { callerFor } from '@bacc/api/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import type { SessionUser } from '@bacc/schema';
import { beforeAll, expect, it } from 'vitest';
import { accessMatrix, type Entry, type Role, type Victim } from './access-matrix/index.ts';
import { procedurePaths as paths, procedureAt, procedures } from './procedures.ts';
import { tableSums } from './table-sums.ts';
import { buildVictimWorld } from './victim-world.ts';

const outcome = (call: Promise<unknown>) =>
  call.then(
    (value) => ({ code: 'ALLOWED', value }),
    (error: { code?: string; message?: string }) => ({
      code: error.code ?? 'UNKNOWN',
      value: error.message,
    }),
  );

const scoped = (
  path: string,
  entry: Entry,
  v: Victim,
  scope: { trustId: string; centreId: string | null },
) => ({
  ...(entry.input?.(v) ?? {}),
  ...(path.startsWith('trust.') ? { trustId: scope.trustId } : {}),
  ...(path.startsWith('centre.') ? { centreId: scope.centreId } : {}),
});

it('has an entry for every procedure, and none for procedures that no longer exist', () => {
  expect(paths.filter((p) => !(p in accessMatrix))).toEqual([]);
  expect(Object.keys(accessMatrix).filter((p) => !paths.includes(p))).toEqual([]);
});

describeEachDatabase('the authorisation matrix', (suite) => {
  let world: Awaited<ReturnType<typeof buildVictimWorld>>;
  let before: Record<string, string>;
  const failures: string[] = [];
  let attempts = 0;

  beforeAll(async () => {
    world = await buildVictimWorld(suite.handle.db);
    before = await tableSums(suite.handle.db);
  }, 180_000);

  /** Everyone below `role`, plus everyone outside the victim's centre or trust. */
  function intruders(role: Role): Array<[string, SessionUser | null]> {
    const { people, other } = world;
    const list: Array<[string, SessionUser | null]> = [['anonymous', null]];
    if (role === 'signedIn') return list;
    list.push(['another trust’s admin', other.admin], ['another trust’s centre admin', other.head]);
    if (role === 'trustAdmin')
      list.push(['centre admin', people.headA], ['centre staff', people.staffA]);
    else list.push(['another centre’s admin', people.headB]);
    if (role === 'centreAdmin') list.push(['centre staff', people.staffA]);
    return list;
  }

  it('refuses everyone outside the victim’s scope, or below the role, by name of scope', async () => {
    const { db } = suite.handle;
    for (const path of paths) {
      const entry = accessMatrix[path]!;
      if (entry.role === 'public') continue;
      for (const [who, user] of intruders(entry.role)) {
        attempts++;
        const input = scoped(path, entry, world.victim, world.victim);
        const { code } = await outcome(procedureAt(callerFor(db, user), path)(input));
        const expected = user === null ? 'UNAUTHORIZED' : 'FORBIDDEN';
        if (code !== expected) failures.push(`${path} as ${who}: ${code}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers NOT_FOUND or FORBIDDEN to anyone naming the victim’s records from their own scope', async () => {
    const { db } = suite.handle;
    const { people, other, victim } = world;
    const secrets = [victim.centreId, victim.learnerId, victim.awardId, victim.submissionId];
    for (const path of paths) {
      const entry = accessMatrix[path]!;
      if (entry.role === 'public' || entry.role === 'signedIn') continue;
      const isQuery = procedures[path]!._def.type === 'query';
      if (!entry.refs && !isQuery) continue;
      const neighbours: Array<[string, SessionUser]> =
        entry.role === 'trustAdmin'
          ? [['another trust’s admin', other.admin]]
          : [
              ['another trust’s centre', entry.role === 'centreAdmin' ? other.head : other.staff],
              ...(entry.refs === 'trust'
                ? []
                : ([
                    [
                      'another centre in the trust',
                      entry.role === 'centreAdmin' ? people.headB : people.staffB,
                    ],
                  ] as Array<[string, SessionUser]>)),
            ];
      for (const [who, user] of neighbours) {
        attempts++;
        const input = scoped(path, entry, victim, {
          trustId: user.trustId,
          centreId: user.centreId,
        });
        const result = await outcome(procedureAt(callerFor(db, user), path)(input));
        if (entry.refs) {
          const refusals = ['NOT_FOUND', 'FORBIDDEN', ...(entry.refusedAs ?? [])];
          if (!refusals.includes(result.code))
            failures.push(
              `${path} as ${who}: ${result.code} (${String(result.value).slice(0, 120)})`,
            );
        } else {
          const seen = JSON.stringify(result.value) ?? '';
          const leaked = secrets.filter((id) => seen.includes(id));
          // Nothing of the caller's own may exist yet (a cohort, say): NOT_FOUND leaks nothing.
          if (result.code !== 'ALLOWED' && result.code !== 'NOT_FOUND')
            failures.push(`${path} as ${who} in their own scope: ${result.code} ${result.value}`);
          else if (leaked.length) failures.push(`${path} as ${who} leaked ${leaked.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('changed no row in any table', async () => {
    expect(attempts).toBeGreaterThan(300);
    process.stdout.write(
      `authorisation matrix on ${suite.kind}: ${paths.length} procedures, ${attempts} refused attempts\n`,
    );
    const after = await tableSums(suite.handle.db);
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
    expect(changed).toEqual([]);
  });
});
