import { type Kysely, sql } from 'kysely';

// Frozen: see the foundation migration.
//
// A learner's record can be erased (UK GDPR art. 17) while their awards stay answerable: an
// erased award keeps its verification code hash, status list entry and the facts about the
// award itself, but loses everything that names the learner. The snapshot trigger is replaced
// by one that allows exactly that one change, once.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('awards').addColumn('erased_at', 'timestamptz').execute();
  // Whole years after the leaving year that a trust keeps its leavers' records; null keeps them.
  await db.schema
    .alterTable('trusts')
    .addColumn('leaver_retention_years', 'integer', (c) =>
      c.check(sql`leaver_retention_years between 1 and 50`),
    )
    .execute();

  await sql`
    create or replace function awards_snapshot_immutable() returns trigger language plpgsql as $$
    declare
      probe awards;
    begin
      if tg_op = 'DELETE' then
        raise exception 'award % cannot be deleted: revoke it instead', old.id
          using errcode = 'check_violation';
      end if;
      if old.erased_at is not null then
        raise exception 'award % was erased: nothing about it changes again', old.id
          using errcode = 'check_violation';
      end if;
      if new.erased_at is not null then
        if new.status = 'valid' or new.learner_name <> '' or new.learner_id is not null
            or new.credential is not null or new.decision <> '{}'::jsonb
            or new.evidence <> '[]'::jsonb or new.components <> '[]'::jsonb
            or new.components_public then
          raise exception 'award %: erasure ends the award and clears every personal field', old.id
            using errcode = 'check_violation';
        end if;
        probe := new;
        probe.erased_at := null;
        probe.learner_name := old.learner_name;
        probe.learner_id := old.learner_id;
        probe.credential := old.credential;
        probe.decision := old.decision;
        probe.evidence := old.evidence;
        probe.components := old.components;
        probe.components_public := old.components_public;
        if old.status = 'valid' then
          probe.status := old.status;
          probe.revoked_at := old.revoked_at;
          probe.revoked_reason := old.revoked_reason;
          probe.revoked_by := old.revoked_by;
        end if;
        if probe is distinct from old then
          raise exception 'award %: erasure may clear personal fields and revoke, nothing else', old.id
            using errcode = 'check_violation';
        end if;
        return new;
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
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('trusts').dropColumn('leaver_retention_years').execute();
  await db.schema.alterTable('awards').dropColumn('erased_at').execute();
}
