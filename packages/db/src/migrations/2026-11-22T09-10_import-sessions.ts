import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // A file being imported: its header row and mapping, then its rows arrive in chunks, are
  // checked as a whole (the dry run), and are committed in one transaction, or abandoned.
  await db.schema
    .createTable('import_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('learners','results','activities')`),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('headers', 'jsonb', (c) => c.notNull())
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('staging').check(sql`status in ('staging','checked','committed')`),
    )
    .addColumn('file_hash', 'text')
    .addColumn('dry_run', 'jsonb')
    .addColumn('errors', 'jsonb')
    .addColumn('import_id', 'uuid', (c) => c.references('imports.id'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('import_sessions_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addUniqueConstraint('import_sessions_tenant_id_key', ['trust_id', 'centre_id', 'id'])
    .execute();
  await sql`create index import_sessions_centre_time_idx on import_sessions (trust_id, centre_id, created_at)`.execute(
    db,
  );

  // The file's rows as uploaded (every cell, trimmed), numbered as a spreadsheet shows them.
  await db.schema
    .createTable('import_session_rows')
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('session_id', 'uuid', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('cells', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_session_rows_pkey', ['session_id', 'row_number'])
    .addForeignKeyConstraint(
      'import_session_rows_session_fk',
      ['trust_id', 'centre_id', 'session_id'],
      'import_sessions',
      ['trust_id', 'centre_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_session_rows').execute();
  await db.schema.dropTable('import_sessions').execute();
}
