import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // Drafts are edited optimistically: every save names the version it was made from.
  await db.schema
    .alterTable('framework_versions')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('framework_versions')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .alterTable('framework_versions')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .execute();

  // The database itself refuses to change a published framework: decisions and awards name its
  // hash, so it must never drift. Only published -> retired is allowed, and nothing else moves.
  await sql`
    create function framework_versions_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.status <> 'draft' then
          raise exception 'framework version % is %: it cannot be deleted', old.id, old.status
            using errcode = 'check_violation';
        end if;
        return old;
      end if;
      if old.status = 'draft' then
        return new;
      end if;
      if old.status = 'published' and new.status = 'retired'
        and new.definition = old.definition
        and new.definition_hash is not distinct from old.definition_hash
        and new.name = old.name and new.version_number = old.version_number
        and new.trust_id = old.trust_id
        and new.published_at is not distinct from old.published_at then
        return new;
      end if;
      raise exception 'framework version % is %: it cannot be changed', old.id, old.status
        using errcode = 'check_violation';
    end;
    $$`.execute(db);
  await sql`
    create trigger framework_versions_immutable
    before update or delete on framework_versions
    for each row execute function framework_versions_immutable()`.execute(db);

  // Impact previews run as jobs whose state lives in the database, so any server can answer a
  // poll and a preview outlives the request that started it.
  await db.schema
    .createTable('impact_previews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('framework_version_id', 'uuid', (c) =>
      c.notNull().references('framework_versions.id').onDelete('cascade'),
    )
    .addColumn('framework_hash', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'uuid')
    .addColumn('leaving_year', 'integer')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('running').check(sql`status in ('running','done','failed')`),
    )
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await sql`create index impact_previews_trust_idx on impact_previews (trust_id, created_at desc)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('impact_previews').execute();
  await sql`drop trigger framework_versions_immutable on framework_versions`.execute(db);
  await sql`drop function framework_versions_immutable()`.execute(db);
  for (const column of ['created_by', 'updated_at', 'version']) {
    await db.schema.alterTable('framework_versions').dropColumn(column).execute();
  }
}
