import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  httpRequest,
  resultOf,
  signInOver,
  trpcClient,
} from './processes/http-client.ts';
import {
  type FreshPostgres,
  freshPostgresDatabase,
  testPostgresUrl,
} from './processes/postgres-database.ts';
import { driveLoad, waitFor } from './processes/request-load.ts';
import {
  newSecretKey,
  type ServerProcess,
  startServerProcess,
} from './processes/server-process.ts';

const STAFF = 'staff1.kirkgate@demo.bacc.test';
const postgres = testPostgresUrl() !== null;
if (!postgres)
  process.stderr.write(
    '\n*** two-server proof SKIPPED: it needs PostgreSQL (TEST_DATABASE_URL), which PGlite cannot share between processes ***\n\n',
  );

// Two replicas behind an imagined load balancer: nothing a request needs lives in one process.
(postgres ? describe : describe.skip)(
  `two server processes on one PostgreSQL${postgres ? '' : ' (SKIPPED: TEST_DATABASE_URL not set)'}`,
  () => {
    let database: FreshPostgres;
    let a: ServerProcess;
    let b: ServerProcess;
    const secretKey = newSecretKey();
    const env = { TRUST_PROXY: '1' };

    beforeAll(async () => {
      database = await freshPostgresDatabase();
      // Only the first seeds the demo; the second finds it already there.
      a = await startServerProcess({ databaseUrl: database.url, demo: true, secretKey, env });
      b = await startServerProcess({ databaseUrl: database.url, demo: false, secretKey, env });
    }, 300_000);

    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await database?.drop();
    });

    it('a session started on one is honoured by the other', async () => {
      const onA = await signInOver(a.url, STAFF, DEMO_PASSWORD);
      // The cookie A set, presented to B as a browser would after the balancer switched.
      const onB = trpcClient(b.url, onA.cookie);
      const meA = resultOf<{ id: string; email: string } | null>(await onA.query('auth.me'));
      const meB = resultOf<{ id: string; email: string } | null>(await onB.query('auth.me'));
      expect(meA?.email).toBe(STAFF);
      expect(meB).toEqual(meA);
      // Signing out on B ends the session on A too.
      resultOf(await onB.mutation('auth.logout'));
      expect(resultOf(await onA.query('auth.me'))).toBeNull();
    });

    it('a verification rate limit counts lookups made on either and is enforced by both', async () => {
      // A fixed one-minute window: start early in one so all lookups fall inside it.
      const intoWindow = Date.now() % 60_000;
      if (intoWindow > 40_000) await new Promise((r) => setTimeout(r, 60_500 - intoWindow));
      const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
      const lookup = (server: ServerProcess) =>
        httpRequest(`${server.url}/api/v1/verify/BACC-0000-0000-0000-0000`, {
          headers: { 'x-forwarded-for': address },
        });
      let allowed = 0;
      const servedBy = { a: 0, b: 0 };
      for (let i = 0; i < 200; i++) {
        const onA = i % 2 === 0;
        const answer = await lookup(onA ? a : b);
        if (answer.status === 429) break;
        expect(answer.status).toBe(200);
        allowed++;
        servedBy[onA ? 'a' : 'b']++;
      }
      expect(allowed).toBe(60);
      expect(servedBy).toEqual({ a: 30, b: 30 });
      for (const server of [a, b]) {
        const refused = await lookup(server);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(refused.text).toMatch(/Too many checks/);
      }
      // Another address is unaffected on both.
      const other = await httpRequest(`${b.url}/api/v1/verify/BACC-0000-0000-0000-0000`, {
        headers: { 'x-forwarded-for': '198.51.100.9' },
      });
      expect(other.status).toBe(200);
    });

    it('one is killed (SIGKILL) under load and the other answers every request', async () => {
      const onB = await signInOver(b.url, STAFF, DEMO_PASSWORD);
      const me = resultOf<{ centreId: string }>(await onB.query('auth.me'));
      const onA = trpcClient(a.url, onB.cookie);
      const reads = [
        () => onB.query('auth.me'),
        () => onB.query('centre.learners.list', { centreId: me.centreId, page: 1, pageSize: 25 }),
        () => httpRequest(`${b.url}/readyz`),
      ];
      const atB = driveLoad((n) => reads[n % reads.length]!(), 6);
      // A busy too, so its death cuts requests and connections that are really in use.
      const atA = driveLoad(() => onA.query('auth.me'), 2);
      await waitFor(() => atB.answered() >= 60, 'load on B to get going');
      const killed = await a.kill('SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      const beforeKill = atB.answered();
      await waitFor(() => atB.answered() >= beforeKill + 150, 'B to keep answering after A died');
      const onBOutcome = await atB.stop();
      await atA.stop();
      expect(onBOutcome.failures).toEqual(new Map());
      expect(onBOutcome.problems).toEqual([]);
      expect([...onBOutcome.statuses.keys()]).toEqual([200]);
      expect(onBOutcome.total).toBeGreaterThanOrEqual(210);
    });
  },
);
