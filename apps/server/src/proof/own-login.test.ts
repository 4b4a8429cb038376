import { randomBytes } from 'node:crypto';
import { connectDatabase, type DatabaseHandle, roleStanding, sql } from '@bacc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, httpRequest, resultOf, signInOver } from './processes/http-client.ts';
import {
  type FreshPostgres,
  freshPostgresDatabase,
  testPostgresUrl,
} from './processes/postgres-database.ts';
import { waitFor } from './processes/request-load.ts';
import {
  newSecretKey,
  type ServerProcess,
  startServerProcess,
} from './processes/server-process.ts';

const STAFF = 'staff1.kirkgate@demo.bacc.test';
const ADMIN = 'admin@demo.bacc.test';
const postgres = testPostgresUrl() !== null;
if (!postgres)
  process.stderr.write(
    '\n*** own-login proof SKIPPED: it needs PostgreSQL (TEST_DATABASE_URL) to create a login ***\n\n',
  );

const withUser = (url: string, user: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  return u.toString();
};

// Production's shape: the server logs in as a role of its own that row-level security binds,
// and only start-up work (migrations, the demo seed) uses the schema owner's login.
(postgres ? describe : describe.skip)(
  `the server on a login of its own${postgres ? '' : ' (SKIPPED: TEST_DATABASE_URL not set)'}`,
  () => {
    let database: FreshPostgres;
    let server: ServerProcess;
    let asLogin: DatabaseHandle;
    let cluster: DatabaseHandle;
    const login = `bacc_server_${randomBytes(4).toString('hex')}`;
    let loginUrl: string;

    beforeAll(async () => {
      cluster = await connectDatabase({ url: testPostgresUrl()!, poolSize: 1 });
      database = await freshPostgresDatabase();
      await sql`create role ${sql.id(login)} login in role bacc_app`.execute(cluster.db);
      loginUrl = withUser(database.url, login);
      server = await startServerProcess({
        databaseUrl: loginUrl,
        demo: true,
        secretKey: newSecretKey(),
        env: { MIGRATION_DATABASE_URL: database.url, LOG_LEVEL: 'info' },
      });
      asLogin = await connectDatabase({ url: loginUrl, poolSize: 1 });
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      await asLogin?.close();
      await database?.drop();
      await sql`drop role if exists ${sql.id(login)}`.execute(cluster.db);
      await cluster?.close();
    });

    it('says at start which login it works as, and that row-level security binds it', () => {
      expect(server.output()).toContain('requests work under row-level security');
      expect(server.output()).toContain(`"login":"${login}"`);
      expect(server.output()).toContain('"how":"own login"');
    });

    it('serves every kind of request through that login', async () => {
      const staff = await signInOver(server.url, STAFF, DEMO_PASSWORD);
      const me = resultOf<{ email: string; centreId: string }>(await staff.query('auth.me'));
      expect(me.email).toBe(STAFF);
      const centre = { centreId: me.centreId };
      const learners = resultOf<{ total: number }>(
        await staff.query('centre.learners.list', { ...centre, page: 1, pageSize: 25 }),
      );
      expect(learners.total).toBeGreaterThan(0);
      const awards = resultOf<{ awards: Array<{ id: string }> }>(
        await staff.query('centre.awards.list', { ...centre, page: 1, pageSize: 25 }),
      );
      expect(awards.awards.length).toBeGreaterThan(0);

      // A plain route signed in by the cookie: the certificate PDF.
      const pdf = await httpRequest(
        `${server.url}/api/awards/${awards.awards[0]!.id}/certificate.pdf`,
        {
          headers: { cookie: staff.cookie! },
        },
      );
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');

      // Public lookups by key: the demo award's code, its status list, the issuer keys.
      const code = /Demo award code\s+(\S+)/.exec(server.output())?.[1];
      expect(code).toBeDefined();
      const verified = await httpRequest(`${server.url}/api/v1/verify/${code}`);
      expect(JSON.parse(verified.text).status).toBe('valid');
      const page = await httpRequest(`${server.url}/v/${code}`);
      expect(page.text).toContain('Kirkgate Academy');
      const jwks = JSON.parse((await httpRequest(`${server.url}/.well-known/jwks.json`)).text);
      expect(jwks.keys.length).toBeGreaterThan(0);
      const list = await sql<{ id: string }>`select id from status_lists limit 1`.execute(
        database.handle.db,
      );
      const status = await httpRequest(`${server.url}/credentials/status/${list.rows[0]!.id}`);
      expect(status.status).toBe(200);
      expect(JSON.parse(status.text).type).toContain('BitstringStatusListCredential');
    });

    it('runs a background job (an impact preview) to the end in the trust’s scope', async () => {
      const admin = await signInOver(server.url, ADMIN, DEMO_PASSWORD);
      const { trustId } = resultOf<{ trustId: string }>(await admin.query('auth.me'));
      const version = await sql<{ id: string }>`
        select id from framework_versions where status = 'published' limit 1`.execute(
        database.handle.db,
      );
      const started = resultOf<{ id: string; total: number }>(
        await admin.mutation('trust.frameworks.impact.start', {
          trustId,
          versionId: version.rows[0]!.id,
          centreId: null,
          leavingYear: null,
        }),
      );
      expect(started.total).toBeGreaterThan(0);
      let preview: { status: string; processed: number } | null = null;
      await waitFor(async () => {
        preview = resultOf(
          await admin.query('trust.frameworks.impact.get', { trustId, previewId: started.id }),
        );
        return preview?.status !== 'running';
      }, 'the impact preview to finish');
      expect(preview).toMatchObject({ status: 'done', processed: started.total });
    });

    it('cannot, as that login, see past the policies or lift them', async () => {
      const db = asLogin.db;
      expect(await roleStanding(db)).toMatchObject({
        login,
        role: login,
        canBypass: false,
        boundByPolicies: true,
      });
      const unscoped = await sql<{ n: number }>`select count(*)::int as n from learners`.execute(
        db,
      );
      expect(unscoped.rows[0]!.n).toBe(0);
      const failures = [
        sql`alter table learners disable row level security`,
        sql`alter table learners no force row level security`,
        sql`drop policy tenant_isolation on learners`,
        sql`set role postgres`,
        sql`update audit_events set action = 'altered'`,
        sql`delete from audit_events`,
        sql`truncate learners`,
        sql`create table escape (id int)`,
      ];
      for (const statement of failures)
        await expect(statement.execute(db)).rejects.toThrow(/owner|permission denied/);
    });

    it('refuses to start on that login alone, since it cannot migrate the schema', async () => {
      await expect(
        startServerProcess({ databaseUrl: loginUrl, demo: false, secretKey: newSecretKey() }),
      ).rejects.toThrow(/MIGRATION_DATABASE_URL/);
    });
  },
);
