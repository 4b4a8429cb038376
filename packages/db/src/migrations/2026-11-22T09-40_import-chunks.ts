import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // Staged rows are kept as the chunks they arrive in (one row of up to 2,000 file rows each):
  // a 50,000-row file is 25 inserts and 25 rows to read back, not 50,000.
  await db.schema.dropTable('import_session_rows').execute();
  await db.schema
    .createTable('import_session_chunks')
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('session_id', 'uuid', (c) => c.notNull())
    .addColumn('first_row', 'integer', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull().check(sql`row_count > 0`))
    .addColumn('rows', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_session_chunks_pkey', ['session_id', 'first_row'])
    .addForeignKeyConstraint(
      'import_session_chunks_session_fk',
      ['trust_id', 'centre_id', 'session_id'],
      'import_sessions',
      ['trust_id', 'centre_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_session_chunks').execute();
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
