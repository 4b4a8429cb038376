import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
//
// The database's own backstop for tenancy. The application works as the role `bacc_app`,
// which has no way round row-level security, and says whose rows it may touch per transaction
// with transaction-local settings (set_config(..., true)), so the setting can never outlive the
// transaction: safe behind a transaction-pooling proxy. Every query also names its tenant
// (house style); these policies catch the one that forgets.
//
//   bacc.scope     'tenant' (default) or 'system': the narrow cross-tenant lookups (sign-in by
//                  email, a session by its token hash, an award by its code hash)
//   bacc.trust_id  the caller's trust
//
// The tenant is the trust. Centres within a trust are kept apart by the application (every
// query names the centre, tested by the authorisation matrix) and by composite foreign keys;
// some checks rightly look across the trust's centres (a ULN is unique in the trust).
//
// The owner (migrations, the CLI, the demo seed) is not bound by the policies: it does not
// work as bacc_app, and FORCE is not set.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // The server's own login must be able to SET ROLE bacc_app; a superuser always can.
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'bacc_app') then
        create role bacc_app nologin nobypassrls;
      end if;
      if not pg_has_role(current_user, 'bacc_app', 'member') then
        execute format('grant bacc_app to %I', current_user);
      end if;
    exception
      when duplicate_object or unique_violation then null;
      when insufficient_privilege then
        raise exception 'Bacc needs a database role bacc_app that its login may switch to'
          using hint = format('Ask the database administrator to run: CREATE ROLE bacc_app NOLOGIN; GRANT bacc_app TO %I;', current_user);
    end $$`.execute(db);

  // Written inline rather than as a function so the planner sees `trust_id = <constant>` and
  // can use the tenant indexes; current_setting is stable, read once per statement.
  const visible = (column: string) => sql`(
    coalesce(current_setting('bacc.scope', true), '') = 'system'
    or ${sql.ref(column)} = nullif(current_setting('bacc.trust_id', true), '')::uuid)`;

  const tenantTables = await sql<{ table: string }>`
    select c.table_name as "table"
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and c.column_name = 'trust_id' and t.table_type = 'BASE TABLE'
    order by 1`.execute(db);
  for (const { table } of tenantTables.rows) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)} to bacc_app
      using ${visible('trust_id')} with check ${visible('trust_id')}`.execute(db);
  }
  await sql`alter table trusts enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on trusts to bacc_app
    using ${visible('id')} with check ${visible('id')}`.execute(db);

  await sql`grant usage on schema public to bacc_app`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to bacc_app`.execute(
    db,
  );
  await sql`grant usage, select on all sequences in schema public to bacc_app`.execute(db);
  // The audit log is append-only for the application, whatever the triggers say.
  await sql`revoke update, delete, truncate on audit_events from bacc_app`.execute(db);
  await sql`revoke insert, update, delete on kysely_migration, kysely_migration_lock from bacc_app`.execute(
    db,
  );
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to bacc_app`.execute(
    db,
  );
  await sql`alter default privileges in schema public grant usage, select on sequences to bacc_app`.execute(
    db,
  );

  // The audit chain is one chain across every trust: the trigger must see the newest entry of
  // any trust, so it runs with its owner's rights rather than the writer's.
  await sql`alter function audit_events_chain() security definer set search_path = public, pg_temp`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter function audit_events_chain() security invoker`.execute(db);
  const tables = await sql<{ table: string }>`
    select tablename as "table" from pg_policies
    where schemaname = 'public' and policyname = 'tenant_isolation'`.execute(db);
  for (const { table } of tables.rows) {
    await sql`drop policy tenant_isolation on ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(table)} disable row level security`.execute(db);
  }
  await sql`revoke all on all tables in schema public from bacc_app`.execute(db);
  await sql`revoke all on all sequences in schema public from bacc_app`.execute(db);
}
