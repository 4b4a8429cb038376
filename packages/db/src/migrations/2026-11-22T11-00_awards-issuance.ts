import { type ColumnDataType, type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';

type Column = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

// Frozen: see the foundation migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // A trust signs with one active Ed25519 key; retired keys stay so old credentials still verify
  // and their status lists can still be re-signed. The secret key is sealed under the server secret.
  await db.schema
    .createTable('issuer_keys')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('public_key_multibase', 'text', (c) => c.notNull().unique())
    .addColumn('secret_key_sealed', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active','retired')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute();
  await sql`create unique index issuer_keys_one_active_idx on issuer_keys (trust_id) where status = 'active'`.execute(
    db,
  );

  // A Bitstring Status List per issuer key (the list is signed by the key its credentials name).
  // Which entries are revoked is read from the awards that hold them, so there is one truth.
  await db.schema
    .createTable('status_lists')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trust_id', 'uuid', (c) => c.notNull().references('trusts.id'))
    .addColumn('issuer_key_id', 'uuid', (c) => c.notNull().references('issuer_keys.id'))
    .addColumn('length', 'integer', (c) => c.notNull().check(sql`length >= 131072`))
    .addColumn('taken_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credential', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index status_lists_key_idx on status_lists (trust_id, issuer_key_id, created_at)`.execute(
    db,
  );

  const awardColumns: Array<[string, ColumnDataType, Column]> = [
    ['credential', 'jsonb', (c) => c],
    ['issuer_key_id', 'uuid', (c) => c.references('issuer_keys.id')],
    ['status_list_id', 'uuid', (c) => c.references('status_lists.id')],
    ['status_list_index', 'integer', (c) => c],
    ['supersedes_id', 'uuid', (c) => c.references('awards.id')],
    ['submission_id', 'uuid', (c) => c.references('submissions.id')],
    ['components_public', 'boolean', (c) => c.notNull().defaultTo(false)],
    ['revoked_by', 'uuid', (c) => c.references('users.id')],
    ['issued_by', 'uuid', (c) => c.references('users.id')],
    ['issue_reason', 'text', (c) => c],
    ['trust_name', 'text', (c) => c],
    ['centre_name', 'text', (c) => c],
    ['framework_name', 'text', (c) => c],
    ['framework_version', 'integer', (c) => c],
    ['leaving_year', 'integer', (c) => c],
    ['components', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`)],
    ['evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`)],
  ];
  for (const [name, type, build] of awardColumns) {
    await db.schema.alterTable('awards').addColumn(name, type, build).execute();
  }

  // Backstops for issuance: a learner holds at most one current award, and a submission issues
  // at most one original award per learner however often approval is retried.
  await sql`create unique index awards_one_current_idx on awards (learner_id) where status = 'valid'`.execute(
    db,
  );
  await sql`create unique index awards_submission_learner_idx on awards (submission_id, learner_id) where supersedes_id is null`.execute(
    db,
  );
  await sql`create unique index awards_status_entry_idx on awards (status_list_id, status_list_index)`.execute(
    db,
  );
  await sql`create index awards_centre_idx on awards (trust_id, centre_id, issued_at desc)`.execute(
    db,
  );

  // An award is a snapshot: nothing in it is edited in place. Only the columns that record what
  // happened to it since (revoked, superseded, components shown publicly) may change, and a
  // learner's record being erased may clear the link to it. Corrections go through reissue.
  await sql`
    create function awards_snapshot_immutable() returns trigger language plpgsql as $$
    declare
      probe awards;
    begin
      if tg_op = 'DELETE' then
        raise exception 'award % cannot be deleted: revoke it instead', old.id
          using errcode = 'check_violation';
      end if;
      if new.status <> old.status and old.status <> 'valid' then
        raise exception 'award % is %: its status cannot change', old.id, old.status
          using errcode = 'check_violation';
      end if;
      if new.status = old.status and (new.revoked_at is distinct from old.revoked_at
          or new.revoked_reason is distinct from old.revoked_reason
          or new.revoked_by is distinct from old.revoked_by) then
        raise exception 'award %: a revocation is recorded once, when it happens', old.id
          using errcode = 'check_violation';
      end if;
      if new.superseded_by_id is distinct from old.superseded_by_id
          and (old.superseded_by_id is not null or new.status <> 'superseded') then
        raise exception 'award %: only a superseded award names its replacement, once', old.id
          using errcode = 'check_violation';
      end if;
      if new.learner_id is distinct from old.learner_id and new.learner_id is not null then
        raise exception 'award % belongs to its learner: it cannot be moved', old.id
          using errcode = 'check_violation';
      end if;
      probe := new;
      probe.status := old.status;
      probe.superseded_by_id := old.superseded_by_id;
      probe.revoked_at := old.revoked_at;
      probe.revoked_reason := old.revoked_reason;
      probe.revoked_by := old.revoked_by;
      probe.components_public := old.components_public;
      probe.learner_id := old.learner_id;
      if probe is distinct from old then
        raise exception 'award % is a snapshot: it cannot be edited, only revoked or reissued', old.id
          using errcode = 'check_violation';
      end if;
      return new;
    end;
    $$`.execute(db);
  await sql`
    create trigger awards_snapshot_immutable
    before update or delete on awards
    for each row execute function awards_snapshot_immutable()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists awards_snapshot_immutable on awards`.execute(db);
  await sql`drop function if exists awards_snapshot_immutable()`.execute(db);
  for (const index of [
    'awards_one_current_idx',
    'awards_submission_learner_idx',
    'awards_status_entry_idx',
    'awards_centre_idx',
  ])
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  for (const column of [
    'credential',
    'issuer_key_id',
    'status_list_id',
    'status_list_index',
    'supersedes_id',
    'submission_id',
    'components_public',
    'revoked_by',
    'issued_by',
    'issue_reason',
    'trust_name',
    'centre_name',
    'framework_name',
    'framework_version',
    'leaving_year',
    'components',
    'evidence',
  ])
    await db.schema.alterTable('awards').dropColumn(column).execute();
  await db.schema.dropTable('status_lists').execute();
  await db.schema.dropTable('issuer_keys').execute();
}
