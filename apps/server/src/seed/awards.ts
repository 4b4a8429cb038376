import { createContextInner, issueAwardsForSubmission, type ServerSecrets } from '@bacc/api';
import { type Database, recordAuditEvent, sql, type Transaction } from '@bacc/db';

export interface DemoIssuance {
  secrets: ServerSecrets;
  publicUrl: string;
}

/** The demo's past year: its leavers were submitted, approved and awarded before today. */
export const DEMO_AWARDED_YEAR = 2025;

/**
 * One centre's leavers of the past year, submitted by its admin and approved by the trust
 * admin, with their awards issued exactly as approval issues them, so the verification page
 * has real awards to check from the first start.
 */
export async function seedApprovedAwards(
  trx: Transaction<Database>,
  trustId: string,
  centreId: string,
  issuance: DemoIssuance,
) {
  const admin = await trx
    .selectFrom('users')
    .innerJoin('trusts', 'trusts.id', 'users.trust_id')
    .select(['users.id', 'users.email', 'users.display_name', 'trusts.name as trustName'])
    .where('users.trust_id', '=', trustId)
    .where('users.role', '=', 'trust_admin')
    .orderBy('users.email')
    .executeTakeFirstOrThrow();
  const centreAdmin = await trx
    .selectFrom('users')
    .select('id')
    .where('trust_id', '=', trustId)
    .where('centre_id', '=', centreId)
    .where('role', '=', 'centre_admin')
    .executeTakeFirstOrThrow();
  const cohort = await trx
    .selectFrom('cohorts')
    .select('id')
    .where('trust_id', '=', trustId)
    .where('centre_id', '=', centreId)
    .where('leaving_year', '=', DEMO_AWARDED_YEAR)
    .executeTakeFirstOrThrow();
  // Ready as the submit step requires: decided, and no result still provisional.
  const ready = await trx
    .selectFrom('learners')
    .innerJoin('learner_decisions', 'learner_decisions.learner_id', 'learners.id')
    .select('learners.id')
    .where('learners.trust_id', '=', trustId)
    .where('learners.centre_id', '=', centreId)
    .where('learners.leaving_year', '=', DEMO_AWARDED_YEAR)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('results')
            .select(sql`1`.as('one'))
            .whereRef('results.learner_id', '=', 'learners.id')
            .where('results.status', '=', 'provisional'),
        ),
      ),
    )
    .execute();
  if (ready.length === 0) return { submissions: 0, awards: 0 };
  const submission = await trx
    .insertInto('submissions')
    .values({
      trust_id: trustId,
      centre_id: centreId,
      cohort_id: cohort.id,
      learner_count: ready.length,
      submitted_by: centreAdmin.id,
      status: 'approved',
      decided_by: admin.id,
      decided_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('learners')
    .set({ submission_id: submission.id })
    .where(
      'id',
      'in',
      ready.map((l) => l.id),
    )
    .execute();
  await recordAuditEvent(trx, {
    trustId,
    centreId,
    actorUserId: admin.id,
    action: 'submission.approved',
    entity: 'submission',
    entityId: submission.id,
    after: { status: 'approved', via: 'demo seed' },
  });
  const ctx = {
    ...createContextInner({ db: trx, ...issuance }),
    user: {
      id: admin.id,
      email: admin.email,
      displayName: admin.display_name,
      role: 'trust_admin' as const,
      trustId,
      trustName: admin.trustName,
      centreId: null,
      centreName: null,
    },
  };
  const { issued } = await issueAwardsForSubmission(trx, ctx, { trustId }, submission.id);
  return { submissions: 1, awards: issued };
}
