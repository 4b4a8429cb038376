import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // Catalogue edits are optimistic, like evidence: a stale save is refused, never merged.
  await db.schema
    .alterTable('qualifications')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('grade_scales')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('centres')
    .addColumn('address', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // A points table (such as the UCAS Tariff) in the engine's own shape: { scale: { grade: points } }.
  await db.schema
    .createTable('points_tables')
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('points', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('points_tables_pkey', ['trust_id', 'key'])
    .execute();

  // One accreditation per centre: its current state; the history is in accreditation_events.
  await db.schema
    .createTable('accreditations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('applied','accredited','suspended','withdrawn','rejected')`),
    )
    .addColumn('framework_version_id', 'uuid', (c) => c.references('framework_versions.id'))
    .addColumn('programme', 'jsonb', (c) => c.notNull())
    .addColumn('conformance', 'jsonb')
    .addColumn('applied_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('applied_at', 'timestamptz')
    .addColumn('accredited_from', 'date')
    .addColumn('accredited_until', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('accreditations_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addUniqueConstraint('accreditations_centre_key', ['trust_id', 'centre_id'])
    .execute();

  await db.schema
    .createTable('accreditation_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('accreditation_id', 'uuid', (c) =>
      c.notNull().references('accreditations.id').onDelete('cascade'),
    )
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('accredited_until', 'date')
    .addColumn('note', 'text')
    .addColumn('actor_user_id', 'uuid')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('accreditation_events_accreditation_idx')
    .on('accreditation_events')
    .columns(['accreditation_id', 'id'])
    .execute();

  // Single-use links to set a password (a new user's invite or a reset); only a hash is kept.
  await db.schema
    .createTable('user_invites')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invite','reset')`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('user_invites_user_idx')
    .on('user_invites')
    .column('user_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['user_invites', 'accreditation_events', 'accreditations', 'points_tables'])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable('centres').dropColumn('address').dropColumn('version').execute();
  await db.schema.alterTable('grade_scales').dropColumn('version').execute();
  await db.schema.alterTable('qualifications').dropColumn('version').execute();
}
