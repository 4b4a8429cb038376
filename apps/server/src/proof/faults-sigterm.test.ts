import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, httpRequest, resultOf, signInOver } from './processes/http-client.ts';
import {
  type FreshPostgres,
  freshPostgresDatabase,
  testPostgresUrl,
} from './processes/postgres-database.ts';
import { driveLoad, waitFor } from './processes/request-load.ts';
import { type ServerProcess, startServerProcess } from './processes/server-process.ts';

const STAFF = 'staff1.kirkgate@demo.bacc.test';
const postgres = testPostgresUrl() !== null;

for (const kind of ['pglite', 'postgres'] as const) {
  const run = kind === 'pglite' || postgres ? describe : describe.skip;
  const label =
    kind === 'postgres' && !postgres ? 'postgres (SKIPPED: TEST_DATABASE_URL not set)' : kind;
  run(`SIGTERM under load [${label}]`, () => {
    let database: FreshPostgres | null = null;
    let server: ServerProcess;

    beforeAll(async () => {
      database = kind === 'postgres' ? await freshPostgresDatabase() : null;
      server = await startServerProcess({
        ...(database ? { databaseUrl: database.url } : {}),
        demo: true,
        env: { TRUST_PROXY: '1' },
      });
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('finishes every request in flight with 2xx while /readyz turns clients away, then exits cleanly', async () => {
      const staff = await signInOver(server.url, STAFF, DEMO_PASSWORD);
      const { centreId } = resultOf<{ centreId: string }>(await staff.query('auth.me'));
      const requests = [
        () => staff.query('centre.cohorts.dashboard', { centreId, leavingYear: 2026 }),
        () => staff.query('centre.learners.list', { centreId, page: 1, pageSize: 100 }),
        () => staff.query('auth.me'),
        (n: number) =>
          httpRequest(`${server.url}/api/v1/verify/BACC-0000-0000-0000-0000`, {
            headers: { 'x-forwarded-for': `192.0.2.${n % 250}` },
          }),
      ];
      // The clients behave like a load balancer: they poll /readyz and stop sending new
      // requests here once it says no (the server keeps serving while it says so).
      let routed = true;
      const probe = setInterval(() => {
        void httpRequest(`${server.url}/readyz`).then(
          (r) => {
            if (r.status !== 200) routed = false;
          },
          () => {
            routed = false;
          },
        );
      }, 100);
      const load = driveLoad(
        (n) => requests[n % requests.length]!(n),
        8,
        () => routed,
      );
      await waitFor(() => load.answered() >= 40, 'the load to get going');
      const signalledAt = performance.now();
      const exit = server.kill('SIGTERM');
      const { code } = await exit;
      const outcome = await load.stop();
      clearInterval(probe);

      expect(code).toBe(0);
      const inFlight = outcome.records.filter(
        (r) => r.sentAt < signalledAt && r.endedAt > signalledAt,
      );
      // Eight clients kept requests going, so some were mid-way when the signal came.
      expect(inFlight.length).toBeGreaterThan(0);
      expect(inFlight.filter((r) => r.status === null || r.status >= 300)).toEqual([]);
      // Requests sent while it drained were served too: nothing was refused or reset.
      expect(outcome.records.filter((r) => r.sentAt > signalledAt).length).toBeGreaterThan(0);
      expect(outcome.failures).toEqual(new Map());
      expect(outcome.problems).toEqual([]);
      expect([...outcome.statuses.keys()]).toEqual([200]);
    });
  });
}
