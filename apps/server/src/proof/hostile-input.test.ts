import { callerFor } from '@bacc/api/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import type { SessionUser } from '@bacc/schema';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { accessMatrix, type Victim } from './access-matrix/index.ts';
import { hostileInputs } from './hostile-input.ts';
import { procedurePaths as paths, procedureAt, procedures } from './procedures.ts';
import { tableSums } from './table-sums.ts';
import { buildVictimWorld } from './victim-world.ts';

/** The JSON Schema of a procedure's whole input, its scope parser and its own merged. */
function inputSchema(path: string) {
  const schemas = procedures[path]!._def.inputs.map(
    (parser) =>
      z.toJSONSchema(parser, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>,
  );
  if (schemas.length === 0) return { type: 'object', properties: {} };
  return {
    type: 'object',
    properties: Object.assign({}, ...schemas.map((s) => s.properties ?? {})),
    required: schemas.flatMap((s) => (s.required as string[] | undefined) ?? []),
  };
}

/** Tables that record the attempt itself (sign-in throttling, lookup rate limits) by design. */
const ATTEMPT_TABLES = new Set(['login_attempts', 'rate_limit_windows']);
const unchanged = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).filter((t) => !ATTEMPT_TABLES.has(t) && a[t] !== b[t]);

const STACK_OR_SQL =
  /\n\s+at |\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|node_modules/i;

describeEachDatabase('hostile input at every procedure', (suite) => {
  let world: Awaited<ReturnType<typeof buildVictimWorld>>;
  const problems: string[] = [];
  let tried = 0;

  beforeAll(async () => {
    world = await buildVictimWorld(suite.handle.db);
  }, 180_000);

  const callerAs = (role: string): SessionUser | null => {
    const { people } = world;
    if (role === 'trustAdmin') return people.admin;
    if (role === 'centreAdmin') return people.headA;
    if (role === 'public') return null;
    return people.staffA;
  };

  const victimIds = (v: Victim) =>
    Object.values(v).filter((x): x is string => typeof x === 'string' && x.length === 36);

  it('answers every generated and malformed input with a clear error or a success, never a 500 or a partial write', async () => {
    const { db } = suite.handle;
    const ids = victimIds(world.victim);
    for (const path of paths) {
      const entry = accessMatrix[path]!;
      const user = callerAs(entry.role);
      const call = procedureAt(callerFor(db, user), path);
      const isMutation = procedures[path]!._def.type === 'mutation';
      const scope = {
        ...(path.startsWith('trust.') ? { trustId: world.victim.trustId } : {}),
        ...(path.startsWith('centre.') ? { centreId: world.victim.centreId } : {}),
      };
      const before = isMutation ? null : await tableSums(db);
      await fc.assert(
        fc.asyncProperty(
          hostileInputs(inputSchema(path), ids),
          fc.boolean(),
          async (raw, keepScope) => {
            tried++;
            const input =
              keepScope && raw !== null && typeof raw === 'object' && !Array.isArray(raw)
                ? { ...raw, ...scope }
                : raw;
            const sums = isMutation ? await tableSums(db) : null;
            const outcome = await call(input).then(
              () => null,
              (error: { code?: string; message?: unknown }) => error,
            );
            if (!outcome) return;
            const message = typeof outcome.message === 'string' ? outcome.message : '';
            if (outcome.code === 'INTERNAL_SERVER_ERROR' || !outcome.code)
              problems.push(`${path}: ${outcome.code ?? 'no code'} ${message.slice(0, 160)}`);
            else if (!message.trim() || message.length > 2_000 || STACK_OR_SQL.test(message))
              problems.push(`${path}: unclear message ${JSON.stringify(message.slice(0, 160))}`);
            if (sums) {
              const changed = unchanged(sums, await tableSums(db));
              if (changed.length)
                problems.push(`${path}: refused but changed ${changed.join(', ')}`);
            }
          },
        ),
        { numRuns: isMutation ? 8 : 12, seed: 20261122, endOnFailure: true },
      );
      if (before) {
        const changed = unchanged(before, await tableSums(db));
        // A lookup that finds an award writes its audit entry; nothing else may change on a read.
        const allowed = path === 'verification.check' ? ['audit_events'] : [];
        const wrong = changed.filter((t) => !allowed.includes(t));
        if (wrong.length) problems.push(`${path} (a query) changed ${wrong.join(', ')}`);
      }
    }
    process.stdout.write(
      `hostile input on ${suite.kind}: ${tried} inputs at ${paths.length} procedures\n`,
    );
    expect(problems).toEqual([]);
  }, 900_000);

  it('answers CSV bombs at both imports with a clear error or a per-row report, and no 500', async () => {
    const { db } = suite.handle;
    const { people, victim } = world;
    const asAdmin = callerFor(db, people.admin);
    const asStaff = callerFor(db, people.staffA);
    const header = 'qn,title,type,subject,level,glh,tqt,size,category,discount,scale';
    const bombs: Array<[string, string]> = [
      ['an unterminated quote over 4 MB', `${header}\n"${'x'.repeat(4_000_000)}`],
      ['50,000 columns', Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(',')],
      ['200,000 blank lines', `${header}${'\n'.repeat(200_000)}`],
      ['a 1 MB cell', `${header}\n,"${'y'.repeat(1_000_000)}",gcse,,2,,,,general,,gcse_9_1`],
      [
        'formulas and odd Unicode',
        `${header}\n,=cmd|'/C calc'!A0,gcse,\u202E,2,,,,general,,gcse_9_1`,
      ],
      ['only a byte-order mark', '\uFEFF'],
      ['over the 5 MB limit', 'z'.repeat(5_000_001)],
    ];
    const before = await tableSums(db);
    for (const [what, csv] of bombs) {
      for (const step of ['preview', 'commit'] as const) {
        const outcome = await asAdmin.trust.catalogue.import[step]({
          trustId: victim.trustId,
          fileName: 'bomb.csv',
          csv,
        }).then(
          () => null,
          (error: { code?: string; message?: string }) => error,
        );
        if (outcome?.code === 'INTERNAL_SERVER_ERROR' || (outcome && !outcome.message))
          problems.push(`catalogue import ${step} of ${what}: ${outcome.code} ${outcome.message}`);
      }
    }
    const staged = await asStaff.centre.import
      .stage({
        centreId: victim.centreId,
        sessionId: victim.importSessionId,
        rows: Array.from({ length: 2_000 }, (_, i) => ({
          row: i + 2,
          cells: Array.from({ length: 200 }, () => '='.padEnd(4_000, '9')),
        })),
      })
      .then(
        () => null,
        (error: { code?: string; message?: string }) => error,
      );
    if (staged?.code === 'INTERNAL_SERVER_ERROR') problems.push(`import stage: ${staged.message}`);
    const changed = unchanged(before, await tableSums(db)).filter(
      // A staged chunk is kept until the import is committed or abandoned: that is its job.
      (t) => !['import_session_chunks', 'import_sessions'].includes(t),
    );
    expect(problems).toEqual([]);
    expect(changed.filter((t) => t !== 'qualifications' && t !== 'audit_events')).toEqual([]);
  }, 600_000);
});
