import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, httpRequest, signInOver } from './processes/http-client.ts';
import {
  type FreshPostgres,
  freshPostgresDatabase,
  testPostgresUrl,
} from './processes/postgres-database.ts';
import { driveLoad, waitFor } from './processes/request-load.ts';
import { type ServerProcess, startServerProcess } from './processes/server-process.ts';
import { startTcpProxy, type TcpProxy } from './processes/tcp-proxy.ts';

const STAFF = 'staff1.kirkgate@demo.bacc.test';
const postgres = testPostgresUrl() !== null;
if (!postgres)
  process.stderr.write(
    '\n*** database-outage proof SKIPPED: it cuts the network to PostgreSQL (TEST_DATABASE_URL); embedded PGlite has no network to cut ***\n\n',
  );

(postgres ? describe : describe.skip)(
  `PostgreSQL stops answering during requests${postgres ? '' : ' (SKIPPED: TEST_DATABASE_URL not set)'}`,
  () => {
    let database: FreshPostgres;
    let proxy: TcpProxy;
    let server: ServerProcess;

    beforeAll(async () => {
      database = await freshPostgresDatabase();
      const target = new URL(database.url);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const throughProxy = new URL(database.url);
      throughProxy.hostname = '127.0.0.1';
      throughProxy.port = String(proxy.port);
      server = await startServerProcess({
        databaseUrl: throughProxy.toString(),
        demo: true,
        env: { TRUST_PROXY: '1' },
      });
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      await proxy?.close();
      await database?.drop();
    });

    it('answers 503 with a sentence and no stack while cut off, and recovers by itself', async () => {
      const staff = await signInOver(server.url, STAFF, DEMO_PASSWORD);
      const me = JSON.parse((await staff.query('auth.me')).text).result.data.json;
      const requests = [
        () => staff.query('auth.me'),
        () => staff.query('centre.learners.list', { centreId: me.centreId, page: 1 }),
        () =>
          staff.mutation('centre.learners.create', {
            centreId: me.centreId,
            learner: {
              uln: null,
              upn: null,
              legalGivenName: 'Outage',
              legalFamilyName: 'Tester',
              preferredName: null,
              dateOfBirth: '2008-05-01',
              leavingYear: 2026,
            },
          }),
        (n: number) =>
          httpRequest(`${server.url}/api/v1/verify/BACC-0000-0000-0000-0000`, {
            headers: { 'x-forwarded-for': `198.51.100.${n % 250}` },
          }),
      ];

      const healthy = driveLoad((n) => requests[n % requests.length]!(n), 4);
      await waitFor(() => healthy.answered() >= 40, 'requests before the outage');
      await proxy.cut();
      const beforeCut = await healthy.stop();
      expect(beforeCut.failures).toEqual(new Map());
      // Requests in flight at the cut may fail either way; every one must still be answered.
      for (const status of beforeCut.statuses.keys())
        expect([200, 503], beforeCut.problems.join('\n')).toContain(status);

      const during = driveLoad((n) => requests[n % requests.length]!(n), 4);
      await waitFor(() => during.answered() >= 40, 'requests during the outage');
      const outage = await during.stop();
      expect(outage.failures).toEqual(new Map());
      expect([...outage.statuses.keys()]).toEqual([503]);
      for (const problem of outage.problems) {
        expect(problem).toMatch(/cannot reach its database just now/);
        expect(problem).not.toMatch(/ECONN|Connection terminated|\.ts:|at [A-Za-z]|stack/);
      }
      const refused = await staff.query('auth.me');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      const readyz = await httpRequest(`${server.url}/readyz`);
      expect(readyz.status).toBe(503);
      expect((await httpRequest(`${server.url}/livez`)).status).toBe(200);

      await proxy.restore();
      // The pool reconnects on its own: no restart, no operator.
      await waitFor(
        async () => (await httpRequest(`${server.url}/readyz`)).status === 200,
        '/readyz to recover',
        60_000,
      );
      const after = driveLoad((n) => requests[n % requests.length]!(n), 4);
      await waitFor(() => after.answered() >= 40, 'requests after the outage');
      const recovered = await after.stop();
      expect(recovered.failures).toEqual(new Map());
      expect(recovered.problems).toEqual([]);
      expect([...recovered.statuses.keys()]).toEqual([200]);
      // The same session still works: it lived in the database, not in the lost connections.
      expect((await staff.query('auth.me')).status).toBe(200);
    });
  },
);
