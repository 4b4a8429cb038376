import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
//
// The audit log becomes tamper-evident: each entry carries the hash of the one before it and a
// SHA-256 over its own contents, so altering or removing any entry breaks the chain at that
// point (`npm run audit:verify` finds it). The chain is computed in the database, in a BEFORE
// INSERT trigger, because that is the one place every writer passes through (services, the
// import, the CLI, a psql session) and it works the same on PGlite and PostgreSQL: sha256() is
// built into PostgreSQL since 11 (PGlite included), so no pgcrypto is needed.
//
// Canonical form hashed: the jsonb text of [prev_hash, id, trust_id, centre_id, actor_user_id,
// action, entity, entity_id, before, after, occurred_at as UTC 'YYYY-MM-DDTHH:MI:SS.USZ'].
// jsonb's text output is canonical (keys sorted, fixed spacing), and the time is rendered in UTC
// so the session's TimeZone cannot change it. The verifier rebuilds the same text in TypeScript
// from the stored values' own text forms (packages/db/src/audit-chain/canonical.ts).
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function audit_event_hash(
      prev_hash text, id bigint, trust_id uuid, centre_id uuid, actor_user_id uuid,
      action text, entity text, entity_id text, before jsonb, after jsonb, occurred_at timestamptz
    ) returns text language sql stable as $$
      select encode(sha256(convert_to(jsonb_build_array(
        prev_hash, id, trust_id, centre_id, actor_user_id, action, entity, entity_id, before, after,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
      )::text, 'UTF8')), 'hex')
    $$`.execute(db);

  await sql`alter table audit_events add column prev_hash text, add column hash text`.execute(db);

  // Entries written before this migration are chained in id order, from a genesis of zeros.
  await sql`
    do $$
    declare
      r record;
      prev text := repeat('0', 64);
      h text;
    begin
      for r in select * from audit_events order by id loop
        h := audit_event_hash(prev, r.id, r.trust_id, r.centre_id, r.actor_user_id, r.action,
          r.entity, r.entity_id, r.before, r.after, r.occurred_at);
        update audit_events set prev_hash = prev, hash = h where id = r.id;
        prev := h;
      end loop;
    end $$`.execute(db);
  await sql`alter table audit_events alter column prev_hash set not null, alter column hash set not null`.execute(
    db,
  );

  // Ids are handed out inside the trigger, under the chain lock, so id order is chain order even
  // when transactions commit out of order (an identity default is drawn before any trigger runs).
  await sql`alter table audit_events alter column id drop identity if exists`.execute(db);
  await sql`create sequence audit_events_id_seq owned by audit_events.id`.execute(db);
  await sql`select setval('audit_events_id_seq', coalesce((select max(id) from audit_events), 0) + 1, false)`.execute(
    db,
  );

  // One writer at a time extends the chain: a transaction-scoped advisory lock, held to commit,
  // then the newest committed entry read afresh (READ COMMITTED takes a new snapshot per
  // statement, and the lock is released only after the commit is visible). Under REPEATABLE READ
  // or SERIALIZABLE the snapshot is older than the lock, so the newest entry could be missed and
  // the chain would fork: such writes are refused with a sentence saying why.
  await sql`
    create function audit_events_chain() returns trigger language plpgsql as $$
    declare
      last_hash text;
    begin
      if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'audit events must be written in a READ COMMITTED transaction (this one is %), so each entry chains to the newest committed one',
          current_setting('transaction_isolation') using errcode = 'feature_not_supported';
      end if;
      perform pg_advisory_xact_lock(7346201152001);
      select a.hash into last_hash from audit_events a order by a.id desc limit 1;
      new.id := nextval('audit_events_id_seq');
      new.prev_hash := coalesce(last_hash, repeat('0', 64));
      new.hash := audit_event_hash(new.prev_hash, new.id, new.trust_id, new.centre_id,
        new.actor_user_id, new.action, new.entity, new.entity_id, new.before, new.after,
        new.occurred_at);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger audit_events_chain before insert on audit_events
    for each row execute function audit_events_chain()`.execute(db);

  // Append-only for everybody, the owner included; ENABLE ALWAYS keeps it on even in a session
  // with session_replication_role = replica. The only way round it is the deliberate,
  // owner-only maintenance path: ALTER TABLE audit_events DISABLE TRIGGER ... (docs/operations.md).
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only: % on audit_events is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
  await sql`alter table audit_events enable always trigger audit_events_append_only`.execute(db);
  await sql`alter table audit_events enable always trigger audit_events_no_truncate`.execute(db);

  // No role but the owner may change the log: take back UPDATE, DELETE and TRUNCATE from anyone
  // granted them (an application role must only ever get SELECT and INSERT here).
  await sql`
    do $$
    declare
      g record;
    begin
      revoke update, delete, truncate on audit_events from public;
      for g in
        select distinct a.grantee::regrole::text as role
        from pg_class c, aclexplode(c.relacl) a
        where c.oid = 'audit_events'::regclass and a.grantee <> 0 and a.grantee <> c.relowner
          and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
      loop
        execute format('revoke update, delete, truncate on audit_events from %s', g.role);
      end loop;
    end $$`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_events_no_truncate on audit_events`.execute(db);
  await sql`drop trigger audit_events_append_only on audit_events`.execute(db);
  await sql`drop trigger audit_events_chain on audit_events`.execute(db);
  await sql`drop function audit_events_append_only()`.execute(db);
  await sql`drop function audit_events_chain()`.execute(db);
  await sql`alter table audit_events drop column prev_hash, drop column hash`.execute(db);
  await sql`drop sequence audit_events_id_seq`.execute(db);
  await sql`
    alter table audit_events alter column id add generated always as identity`.execute(db);
  await sql`select setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((select max(id) from audit_events), 0) + 1, false)`.execute(
    db,
  );
  await sql`drop function audit_event_hash(text, bigint, uuid, uuid, uuid, text, text, text, jsonb, jsonb, timestamptz)`.execute(
    db,
  );
}
