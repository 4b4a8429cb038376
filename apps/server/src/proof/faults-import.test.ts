import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type DatabaseHandle, sql } from '@bacc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, resultOf, signInOver, trpcClient } from './processes/http-client.ts';
import { importSteps, type LearnersFile, learnersFile } from './processes/learner-import.ts';
import {
  type FreshPostgres,
  freshPostgresDatabase,
  testPostgresUrl,
} from './processes/postgres-database.ts';
import { rowHashChecksums, settle } from './processes/row-checksums.ts';
import {
  newSecretKey,
  type ServerProcess,
  startServerProcess,
} from './processes/server-process.ts';

const ROWS = Number(process.env.FAULTS_IMPORT_ROWS ?? 50_000);
const STAFF = 'staff1.kirkgate@demo.bacc.test';
// Bookkeeping that legitimately moves while a person works (sign-ins, the import's own staging
// area); everything else is the learners' data and must be exactly before or exactly after.
const BOOKKEEPING = new Set([
  'sessions',
  'login_attempts',
  'rate_limit_windows',
  'import_sessions',
  'import_session_chunks',
  'import_mappings',
]);

// Learner decisions hold ~30 KB of explanation each: the rows are hashed one by one.
const learnerData = (db: DatabaseHandle['db']) => rowHashChecksums(db, BOOKKEEPING);

const countLearners = async (db: DatabaseHandle['db']) =>
  Number(
    (
      await db
        .selectFrom('learners')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const postgres = testPostgresUrl() !== null;
if (!postgres)
  process.stderr.write(
    '\n*** SIGKILL-during-import proof on PostgreSQL SKIPPED: TEST_DATABASE_URL is not set ***\n\n',
  );

(postgres ? describe : describe.skip)(
  `SIGKILL during a ${ROWS.toLocaleString('en-GB')}-row learner import [postgres${postgres ? '' : ' (SKIPPED: TEST_DATABASE_URL not set)'}]`,
  () => {
    let database: FreshPostgres;
    let server: ServerProcess;
    let cookie: string | null;
    let centreId: string;
    let before: Record<string, string>;
    let learnersBefore: number;
    let sessionId: string;
    const secretKey = newSecretKey();
    const file: LearnersFile = learnersFile(ROWS);
    const restart = async () => {
      server = await startServerProcess({
        databaseUrl: database.url,
        secretKey,
        port: server.port,
      });
    };
    // The session lives in the database, so the same cookie works on the restarted server.
    const steps = () => importSteps(trpcClient(server.url, cookie), centreId, file);

    /** Sends the commit, SIGKILLs the server once PostgreSQL is running a matching statement. */
    async function killCommitDuring(statement: RegExp) {
      const commit = settle(steps().commit(sessionId));
      for (;;) {
        const active = await sql<{ query: string }>`
          select query from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`.execute(
          database.handle.db,
        );
        if (active.rows.some((r) => statement.test(r.query))) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await server.kill('SIGKILL');
      expect((await commit).ok).toBe(false);
      await restart();
    }

    const expectExactlyBefore = async () =>
      expect(await learnerData(database.handle.db)).toEqual(before);

    beforeAll(async () => {
      database = await freshPostgresDatabase();
      server = await startServerProcess({ databaseUrl: database.url, demo: true, secretKey });
      const staff = await signInOver(server.url, STAFF, DEMO_PASSWORD);
      cookie = staff.cookie;
      centreId = resultOf<{ centreId: string }>(await staff.query('auth.me')).centreId;
      before = await learnerData(database.handle.db);
      learnersBefore = await countLearners(database.handle.db);
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    }, 300_000);

    it('killed while the file is being staged: nothing changed; a new import starts cleanly', async () => {
      const abandoned = await steps().start();
      const staging = steps().stage(abandoned, 0, (chunk) => {
        // Mid-request: the eleventh chunk has been sent and is being checked and stored.
        if (chunk === 10) setTimeout(() => void server.kill('SIGKILL'), 60);
      });
      await expect(staging).rejects.toThrow();
      await restart();
      await expectExactlyBefore();
      sessionId = await steps().start();
      await steps().stage(sessionId);
    }, 600_000);

    it('killed during the dry run: nothing changed; the dry run runs again', async () => {
      const dryRun = settle(steps().dryRun(sessionId));
      await new Promise((r) => setTimeout(r, 300));
      await server.kill('SIGKILL');
      expect((await dryRun).ok).toBe(false);
      await restart();
      await expectExactlyBefore();
      const checked = resultOf<{ errorCount: number; counts: { create: number } }>(
        await steps().dryRun(sessionId),
      );
      expect(checked).toMatchObject({ errorCount: 0, counts: { create: ROWS } });
    }, 600_000);

    it.each([
      ['early, while the learners are inserted', /^insert into "learners"/],
      ['in the middle, while the audit events are written', /^insert into "audit_events"/],
      [
        'late, after learners and audit, while decisions are stored',
        /^insert into "learner_decisions"/,
      ],
    ])(
      'killed %s: exactly before afterwards',
      async (_, statement) => {
        await killCommitDuring(statement);
        await expectExactlyBefore();
      },
      600_000,
    );

    it('the same import then commits, whole, and a replay changes nothing', async () => {
      const committed = resultOf<{ status: string; counts: { create: number } }>(
        await steps().commit(sessionId),
      );
      expect(committed).toMatchObject({ status: 'committed', counts: { create: ROWS } });
      expect(await countLearners(database.handle.db)).toBe(learnersBefore + ROWS);
      const imports = await database.handle.db.selectFrom('imports').select('row_count').execute();
      expect(imports).toEqual([{ row_count: ROWS }]);
      const after = await learnerData(database.handle.db);
      const again = await steps().commit(sessionId);
      expect(again.status).toBe(409);
      expect(await learnerData(database.handle.db)).toEqual(after);
    }, 900_000);
  },
);

// PGlite keeps its files in the data folder and is opened by one process at a time, so the test
// reads it between server runs. PGlite runs PostgreSQL's own write-ahead log inside the process;
// this shows whether it survives the process being killed half-way through a transaction.
describe(`SIGKILL during a ${ROWS.toLocaleString('en-GB')}-row learner import [pglite]`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bacc-proof-pglite-'));
  const secretKey = newSecretKey();
  const file: LearnersFile = learnersFile(ROWS);
  let server: ServerProcess;
  let cookie: string | null;
  let centreId: string;
  let sessionId: string;

  const readLearnerData = async () => {
    const handle = await connectDatabase({ dataDir });
    try {
      return { data: await learnerData(handle.db), learners: await countLearners(handle.db) };
    } finally {
      await handle.close();
    }
  };
  const start = async (demo = false) => {
    server = await startServerProcess({
      dataDir,
      demo,
      secretKey,
      ...(server ? { port: server.port } : {}),
    });
  };
  const steps = () => importSteps(trpcClient(server.url, cookie), centreId, file);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);

  it('killed half-way through the commit: the data folder opens and holds exactly the data before', async () => {
    await start(true);
    const staff = await signInOver(server.url, STAFF, DEMO_PASSWORD);
    cookie = staff.cookie;
    centreId = resultOf<{ centreId: string }>(await staff.query('auth.me')).centreId;
    sessionId = await steps().start();
    await steps().stage(sessionId);
    resultOf(await steps().dryRun(sessionId));
    await server.kill('SIGTERM');
    const before = await readLearnerData();

    await start();
    const commit = settle(steps().commit(sessionId));
    // The commit spends its first seconds reading and inserting the learners and their audit.
    await new Promise((r) => setTimeout(r, 4_000));
    await server.kill('SIGKILL');
    expect((await commit).ok).toBe(false);

    const after = await readLearnerData();
    expect(after.learners).toBe(before.learners);
    expect(after.data).toEqual(before.data);

    // The restarted server takes the same session (still signed in) and checks the file again.
    await start();
    const checked = resultOf<{ errorCount: number; counts: { create: number } }>(
      await steps().dryRun(sessionId),
    );
    expect(checked).toMatchObject({ errorCount: 0, counts: { create: ROWS } });
  }, 900_000);
});
