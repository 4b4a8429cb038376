import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createLearnerRow, createTenant, describeEachDatabase } from '../testing/index.ts';
import { type RowScope, withRowScope } from './row-scope.ts';

describeEachDatabase('row-level security, tried directly in SQL', (suite) => {
  async function twoTrusts() {
    const { db } = suite.handle;
    const mine = await createTenant(db, 'Mine');
    const theirs = await createTenant(db, 'Theirs');
    const scopeA = { trustId: mine.trust.id, centreId: mine.centreA.id };
    const learnerA = await createLearnerRow(db, scopeA);
    const learnerB = await createLearnerRow(db, {
      trustId: mine.trust.id,
      centreId: mine.centreB.id,
    });
    const foreign = await createLearnerRow(db, {
      trustId: theirs.trust.id,
      centreId: theirs.centreA.id,
    });
    return { mine, theirs, learnerA, learnerB, foreign };
  }
  const visibleLearners = (scope: RowScope) =>
    withRowScope(suite.handle.db, scope, async (trx) =>
      (await sql<{ id: string }>`select id from learners order by id`.execute(trx)).rows.map(
        (r) => r.id,
      ),
    );

  it('shows a trust only its own rows, and nobody anything without a scope', async () => {
    const { mine, learnerA, learnerB, foreign } = await twoTrusts();
    const trustWide = await visibleLearners({ kind: 'tenant', trustId: mine.trust.id });
    expect(trustWide).toContain(learnerA.id);
    expect(trustWide).toContain(learnerB.id);
    expect(trustWide).not.toContain(foreign.id);

    const unscoped = await withRowScope(suite.handle.db, { kind: 'tenant', trustId: '' }, (trx) =>
      sql<{ n: number }>`select count(*)::int as n from learners`.execute(trx),
    );
    expect(unscoped.rows[0]!.n).toBe(0);
    const system = await visibleLearners({ kind: 'system' });
    expect(system).toContain(foreign.id);

    const trusts = await withRowScope(
      suite.handle.db,
      { kind: 'tenant', trustId: mine.trust.id },
      async (trx) => (await sql<{ id: string }>`select id from trusts`.execute(trx)).rows,
    );
    expect(trusts).toEqual([{ id: mine.trust.id }]);
  });

  it('refuses writes into another tenant and cannot reach their rows to change or delete them', async () => {
    const { mine, theirs, foreign } = await twoTrusts();
    const scope: RowScope = { kind: 'tenant', trustId: mine.trust.id };
    await expect(
      withRowScope(suite.handle.db, scope, (trx) =>
        sql`insert into learners (trust_id, centre_id, legal_given_name, legal_family_name, date_of_birth, leaving_year)
            values (${theirs.trust.id}, ${theirs.centreA.id}, 'Mallory', 'Intruder', '2008-01-01', 2026)`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await withRowScope(suite.handle.db, scope, async (trx) => {
      const updated =
        await sql`update learners set legal_family_name = 'Changed' where id = ${foreign.id} returning id`.execute(
          trx,
        );
      const deleted = await sql`delete from learners where id = ${foreign.id} returning id`.execute(
        trx,
      );
      return [updated.rows.length, deleted.rows.length];
    });
    expect(changed).toEqual([0, 0]);
    const still = await suite.handle.db
      .selectFrom('learners')
      .select('legal_family_name')
      .where('id', '=', foreign.id)
      .execute();
    expect(still.map((l) => l.legal_family_name)).not.toContain('Changed');
    // Moving one's own row into another trust is refused too.
    await expect(
      withRowScope(suite.handle.db, { kind: 'tenant', trustId: mine.trust.id }, (trx) =>
        sql`update learners set trust_id = ${theirs.trust.id} where trust_id = ${mine.trust.id}`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow();
  });

  it('keeps the audit log append-only for the application, and one chain across trusts', async () => {
    const { mine, theirs } = await twoTrusts();
    const write = (trustId: string) =>
      withRowScope(suite.handle.db, { kind: 'tenant', trustId }, (trx) =>
        sql`insert into audit_events (trust_id, action, entity) values (${trustId}, 'probe.written', 'probe')`.execute(
          trx,
        ),
      );
    await write(mine.trust.id);
    await write(theirs.trust.id);
    await write(mine.trust.id);
    const chain = await suite.handle.db
      .selectFrom('audit_events')
      .select(['id', 'trust_id', 'prev_hash', 'hash'])
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    // Each entry names the one written just before it, whichever trust wrote that.
    expect(chain[0]!.prev_hash).toBe(chain[1]!.hash);
    expect(chain[1]!.prev_hash).toBe(chain[2]!.hash);
    await expect(
      withRowScope(suite.handle.db, { kind: 'tenant', trustId: mine.trust.id }, (trx) =>
        sql`update audit_events set action = 'probe.altered' where trust_id = ${mine.trust.id}`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withRowScope(suite.handle.db, { kind: 'tenant', trustId: mine.trust.id }, (trx) =>
        sql`delete from audit_events where trust_id = ${mine.trust.id}`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describeEachDatabase('every tenant table', (suite) => {
  it('has row-level security on, with the tenant policy', async () => {
    const tables = await sql<{ table: string; rls: boolean; policies: number }>`
      select c.relname as "table", c.relrowsecurity as rls,
        (select count(*)::int from pg_policies p
         where p.schemaname = 'public' and p.tablename = c.relname
           and p.policyname = 'tenant_isolation') as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
                     where col.table_schema = 'public' and col.table_name = c.relname
                       and col.column_name = 'trust_id')
             or c.relname = 'trusts')
      order by 1`.execute(suite.handle.db);
    expect(tables.rows.length).toBeGreaterThan(20);
    expect(tables.rows.filter((t) => !t.rls || t.policies !== 1)).toEqual([]);
  });

  it('reads the scope once per statement, not once per row', async () => {
    // A bare current_setting in a policy is worked out for every row it filters.
    const scope = String.raw`\(\s*SELECT\s+COALESCE\(current_setting\('bacc\.scope'`;
    const trust = String.raw`\(\s*SELECT\s+\(?NULLIF\(current_setting\('bacc\.trust_id'`;
    const perRow = await sql<{ table: string }>`
      select tablename as "table" from pg_policies
      where schemaname = 'public' and policyname = 'tenant_isolation'
        and not (qual ~ ${scope} and qual ~ ${trust}
                 and with_check ~ ${scope} and with_check ~ ${trust})`.execute(suite.handle.db);
    expect(perRow.rows).toEqual([]);
  });
});

describeEachDatabase('a row scope', (suite) => {
  it('ends with its transaction: the role and the settings are gone afterwards', async () => {
    const { db } = suite.handle;
    const t = await createTenant(db, 'Scoped');
    const inside = await withRowScope(db, { kind: 'tenant', trustId: t.trust.id }, (trx) =>
      sql<{
        who: string;
        trust: string;
      }>`select current_user as who, current_setting('bacc.trust_id', true) as trust`.execute(trx),
    );
    expect(inside.rows[0]).toEqual({ who: 'bacc_app', trust: t.trust.id });
    // PGlite has one connection and the pool hands back the same ones: nothing may linger.
    for (let i = 0; i < 4; i++) {
      const after = await sql<{
        who: string;
        trust: string | null;
      }>`select current_user as who, current_setting('bacc.trust_id', true) as trust`.execute(db);
      expect(after.rows[0]!.who).not.toBe('bacc_app');
      expect(after.rows[0]!.trust ?? '').toBe('');
    }
  });
});
