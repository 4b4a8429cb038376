import { type Kysely, sql } from 'kysely';

// Frozen: written against Kysely<any> so later schema changes never alter this file's meaning.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trusts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('centres')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('urn', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('school','college','other')`))
    .addColumn('town', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('centres_trust_urn_key', ['trust_id', 'urn'])
    .addUniqueConstraint('centres_trust_id_id_key', ['trust_id', 'id'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('centre_id', 'uuid')
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('trust_admin','centre_admin','centre_staff')`),
    )
    .addColumn('password_hash', 'text')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A centre user belongs to a centre of the same trust; a trust admin to none.
    .addForeignKeyConstraint('users_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addCheckConstraint(
      'users_centre_matches_role',
      sql`(role = 'trust_admin') = (centre_id is null)`,
    )
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('login_attempts_key_time_idx')
    .on('login_attempts')
    .columns(['key', 'attempted_at'])
    .execute();

  await db.schema
    .createTable('grade_scales')
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('grades', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('grade_scales_pkey', ['trust_id', 'key'])
    .execute();

  await db.schema
    .createTable('qualifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('qn', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('glh', 'integer')
    .addColumn('tqt', 'integer')
    .addColumn('size_a_levels', 'numeric(5, 2)')
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('general','technical')`),
    )
    .addColumn('discount_code', 'text')
    .addColumn('grade_scale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'qualifications_scale_fk',
      ['trust_id', 'grade_scale'],
      'grade_scales',
      ['trust_id', 'key'],
    )
    .addUniqueConstraint('qualifications_trust_id_id_key', ['trust_id', 'id'])
    .execute();
  await sql`create unique index qualifications_trust_qn_key on qualifications (trust_id, qn) where qn is not null`.execute(
    db,
  );

  await db.schema
    .createTable('learners')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull())
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('uln', 'text')
    .addColumn('upn', 'text')
    .addColumn('legal_given_name', 'text', (c) => c.notNull())
    .addColumn('legal_family_name', 'text', (c) => c.notNull())
    .addColumn('preferred_name', 'text')
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .addColumn('leaving_year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('learners_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .addUniqueConstraint('learners_trust_centre_id_key', ['trust_id', 'centre_id', 'id'])
    .execute();
  await sql`create unique index learners_trust_uln_key on learners (trust_id, uln) where uln is not null`.execute(
    db,
  );
  await sql`create unique index learners_trust_upn_key on learners (trust_id, upn) where upn is not null`.execute(
    db,
  );
  await sql`create index learners_centre_list_idx on learners (centre_id, leaving_year, legal_family_name, legal_given_name)`.execute(
    db,
  );

  for (const table of ['results', 'activities', 'projects'] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('trust_id', 'uuid', (c) => c.notNull())
      .addColumn('centre_id', 'uuid', (c) => c.notNull())
      .addColumn('learner_id', 'uuid', (c) => c.notNull());
    if (table === 'results') {
      t = t
        .addColumn('qualification_id', 'uuid', (c) => c.notNull())
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('provisional','confirmed')`),
        )
        .addColumn('awarded_on', 'date')
        .addForeignKeyConstraint(
          'results_qualification_fk',
          ['trust_id', 'qualification_id'],
          'qualifications',
          ['trust_id', 'id'],
        );
    } else if (table === 'activities') {
      t = t
        .addColumn('strand', 'text', (c) =>
          c
            .notNull()
            .check(sql`strand in ('leadership_service','creative_cultural','physical_outdoor')`),
        )
        .addColumn('hours', 'numeric(7, 2)', (c) => c.notNull().check(sql`hours > 0`))
        .addColumn('started_on', 'date')
        .addColumn('ended_on', 'date')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('verified_by', 'text');
    } else {
      t = t
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) =>
          c.notNull().check(sql`kind in ('epq','accredited','centre_devised')`),
        )
        .addColumn('qualification_id', 'uuid')
        .addColumn('grade', 'text');
    }
    await t
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      // The evidence is tied to a learner of the same trust and centre, so tenancy cannot drift.
      .addForeignKeyConstraint(
        `${table}_learner_fk`,
        ['trust_id', 'centre_id', 'learner_id'],
        'learners',
        ['trust_id', 'centre_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex(`${table}_learner_idx`).on(table).column('learner_id').execute();
  }

  await db.schema
    .createTable('framework_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft','published','retired')`),
    )
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('definition_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('retired_at', 'timestamptz')
    .addUniqueConstraint('framework_versions_name_number_key', [
      'trust_id',
      'name',
      'version_number',
    ])
    .execute();

  await db.schema
    .createTable('awards')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('centre_id', 'uuid', (c) => c.notNull())
    .addColumn('learner_id', 'uuid', (c) => c.references('learners.id').onDelete('set null'))
    .addColumn('framework_version_id', 'uuid', (c) =>
      c.notNull().references('framework_versions.id'),
    )
    .addColumn('framework_hash', 'text', (c) => c.notNull())
    .addColumn('verification_code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('learner_name', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('pathway', 'text')
    .addColumn('grade', 'text')
    .addColumn('decision', 'jsonb', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('valid').check(sql`status in ('valid','revoked','superseded')`),
    )
    .addColumn('superseded_by_id', 'uuid', (c) => c.references('awards.id'))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_reason', 'text')
    .addForeignKeyConstraint('awards_centre_fk', ['trust_id', 'centre_id'], 'centres', [
      'trust_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('centre_id', 'uuid')
    .addColumn('actor_user_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index audit_events_trust_time_idx on audit_events (trust_id, occurred_at desc)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'awards',
    'framework_versions',
    'projects',
    'activities',
    'results',
    'learners',
    'qualifications',
    'grade_scales',
    'login_attempts',
    'sessions',
    'users',
    'centres',
    'trusts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
