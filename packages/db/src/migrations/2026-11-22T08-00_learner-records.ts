import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // A cohort is a centre's leavers of one year, pinned to the framework version that decides them.
  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('leaving_year', 'integer', (c) => c.notNull())
    .addColumn('framework_version_id', 'uuid', (c) =>
      c.notNull().references('framework_versions.id'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('cohorts_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addUniqueConstraint('cohorts_centre_year_key', ['trust_id', 'centre_id', 'leaving_year'])
    .execute();

  // A submission hands learners' final decisions to the trust; while pending they are locked.
  await db.schema
    .createTable('submissions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('cohort_id', 'uuid', (c) => c.notNull().references('cohorts.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending','returned','approved')`),
    )
    .addColumn('learner_count', 'integer', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('comment', 'text')
    .addForeignKeyConstraint('submissions_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('submissions_trust_status_idx')
    .on('submissions')
    .columns(['trust_id', 'status'])
    .execute();

  // A centre-devised project is judged by its hours, since it has no qualification to size it.
  await db.schema
    .alterTable('projects')
    .addColumn('hours', 'numeric(6, 1)', (c) => c.check(sql`hours is null or hours >= 0`))
    .execute();

  await db.schema
    .alterTable('learners')
    .addColumn('submission_id', 'uuid', (c) => c.references('submissions.id'))
    .addColumn('updated_by', 'uuid')
    .execute();

  // The server's authoritative decision for each learner, recomputed on every change to the record.
  await db.schema
    .createTable('learner_decisions')
    .addColumn('learner_id', 'uuid', (c) =>
      c.primaryKey().references('learners.id').onDelete('cascade'),
    )
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('framework_version_id', 'uuid', (c) =>
      c.notNull().references('framework_versions.id'),
    )
    .addColumn('framework_hash', 'text', (c) => c.notNull())
    .addColumn('tier', 'text')
    .addColumn('tier_rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pathway', 'text')
    .addColumn('award_grade', 'text')
    .addColumn('next_tier', 'text')
    .addColumn('gap_size', 'integer')
    .addColumn('unmet_components', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('decision', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index learner_decisions_centre_idx on learner_decisions (centre_id, tier_rank)`.execute(
    db,
  );

  await db.schema
    .createTable('destinations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('learner_id', 'uuid', (c) => c.notNull())
    .addColumn('checkpoint', 'text', (c) =>
      c.notNull().check(sql`checkpoint in ('at_leaving','six_months','one_year','two_years')`),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('education','apprenticeship','employment','neet','unknown')`),
    )
    .addColumn('provider', 'text')
    .addColumn('sustained', 'boolean')
    .addColumn('recorded_on', 'date', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'destinations_learner_fk',
      ['trust_id', 'centre_id', 'learner_id'],
      'learners',
      ['trust_id', 'centre_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addUniqueConstraint('destinations_learner_checkpoint_key', ['learner_id', 'checkpoint'])
    .execute();

  // A committed import, keyed by the file's hash so the same file uploaded again changes nothing.
  await db.schema
    .createTable('imports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('learners','results','activities')`),
    )
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('committed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('committed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('imports_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addUniqueConstraint('imports_file_key', ['trust_id', 'centre_id', 'kind', 'file_hash'])
    .execute();

  // Column mappings a centre chose for a given header row, offered again next time.
  await db.schema
    .createTable('import_mappings')
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('header_signature', 'text', (c) => c.notNull())
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('import_mappings_pkey', [
      'trust_id',
      'centre_id',
      'kind',
      'header_signature',
    ])
    .execute();

  await sql`create index audit_events_centre_time_idx on audit_events (centre_id, occurred_at desc)`.execute(
    db,
  );
  await sql`create index audit_events_entity_idx on audit_events (entity, entity_id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_events_entity_idx`.execute(db);
  await sql`drop index audit_events_centre_time_idx`.execute(db);
  for (const t of ['import_mappings', 'imports', 'destinations', 'learner_decisions'])
    await db.schema.dropTable(t).execute();
  // A centre-devised project is judged by its hours, since it has no qualification to size it.
  await db.schema
    .alterTable('projects')
    .addColumn('hours', 'numeric(6, 1)', (c) => c.check(sql`hours is null or hours >= 0`))
    .execute();

  await db.schema
    .alterTable('learners')
    .dropColumn('submission_id')
    .dropColumn('updated_by')
    .execute();
  await db.schema.alterTable('projects').dropColumn('hours').execute();
  await db.schema.dropTable('submissions').execute();
  await db.schema.dropTable('cohorts').execute();
}
