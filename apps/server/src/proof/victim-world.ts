import { callerFor, createTenantWithUsers } from '@bacc/api/testing';
import type { Database, Kysely } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';
import { seedDemoData } from '../seed/index.ts';
import type { Victim } from './access-matrix/index.ts';

const DEMO = 'demo.bacc.test';

async function sessionUser(db: Kysely<Database>, email: string): Promise<SessionUser> {
  const row = await db
    .selectFrom('users')
    .innerJoin('trusts', 'trusts.id', 'users.trust_id')
    .leftJoin('centres', 'centres.id', 'users.centre_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name as displayName',
      'users.role',
      'users.trust_id as trustId',
      'trusts.name as trustName',
      'users.centre_id as centreId',
      'centres.name as centreName',
    ])
    .where('users.email', '=', email)
    .executeTakeFirstOrThrow();
  return row as SessionUser;
}

/**
 * The demo trust with Kirkgate Academy as the victim (a submitted and approved cohort with
 * awards, an import in progress, a draft framework and an impact preview), and the people who
 * will try to reach it: Brontë Moor's staff in the same trust and everyone in another trust.
 */
export async function buildVictimWorld(db: Kysely<Database>) {
  await seedDemoData(db, { learnersPerCentre: 8 });
  const admin = await sessionUser(db, `admin@${DEMO}`);
  const headA = await sessionUser(db, `head.kirkgate@${DEMO}`);
  const staffA = await sessionUser(db, `staff1.kirkgate@${DEMO}`);
  const headB = await sessionUser(db, `head.bronte-moor@${DEMO}`);
  const staffB = await sessionUser(db, `staff1.bronte-moor@${DEMO}`);
  const other = await createTenantWithUsers(db, 'Other');
  const centreId = staffA.centreId!;
  const trustId = admin.trustId;

  const learner = await db
    .selectFrom('learners')
    .select(['id', 'version', 'leaving_year as leavingYear'])
    .where('trust_id', '=', trustId)
    .where('centre_id', '=', centreId)
    .where((eb) =>
      eb.exists(eb.selectFrom('results').whereRef('results.learner_id', '=', 'learners.id')),
    )
    .where((eb) =>
      eb.exists(eb.selectFrom('activities').whereRef('activities.learner_id', '=', 'learners.id')),
    )
    .where((eb) =>
      eb.exists(eb.selectFrom('projects').whereRef('projects.learner_id', '=', 'learners.id')),
    )
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const firstId = (table: 'results' | 'activities' | 'projects') =>
    db
      .selectFrom(table)
      .select('id')
      .where('learner_id', '=', learner.id)
      .executeTakeFirstOrThrow()
      .then((r) => r.id);

  const asHeadA = callerFor(db, headA);
  const asAdmin = callerFor(db, admin);
  // The demo may already have approved and awarded a cohort; if not, submit and approve one.
  const existing = () =>
    db
      .selectFrom('awards')
      .select(['id', 'submission_id as submissionId'])
      .where('trust_id', '=', trustId)
      .where('centre_id', '=', centreId)
      .where('submission_id', 'is not', null)
      .executeTakeFirst();
  if (!(await existing())) {
    const cohorts = await asHeadA.centre.cohorts.list({ centreId });
    for (const { leavingYear } of cohorts as Array<{ leavingYear: number }>) {
      const candidates = await asHeadA.centre.submissions.candidates({ centreId, leavingYear });
      const ready = candidates.filter((c) => c.ready).map((c) => c.id);
      if (ready.length === 0) continue;
      const submission = (await asHeadA.centre.submissions.create({
        centreId,
        leavingYear,
        learnerIds: ready,
      })) as { id: string };
      await asAdmin.trust.submissions.approve({ trustId, submissionId: submission.id });
      if (await existing()) break;
    }
  }
  const award = (await existing())!;

  const published = await db
    .selectFrom('framework_versions')
    .select('id')
    .where('trust_id', '=', trustId)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const draft = (await asAdmin.trust.frameworks.createDraft({
    trustId,
    source: { kind: 'copy', versionId: published.id },
  })) as { id: string };
  const preview = (await asAdmin.trust.frameworks.impact.start({
    trustId,
    versionId: draft.id,
    centreId,
    leavingYear: learner.leavingYear,
  })) as { id: string };
  // The preview runs in the background: wait for it, so nothing moves under the checksums.
  for (let i = 0; i < 600; i++) {
    const state = (await asAdmin.trust.frameworks.impact.get({
      trustId,
      previewId: preview.id,
    })) as {
      status: string;
    };
    if (state.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const session = (await callerFor(db, staffA).centre.import.start({
    centreId,
    kind: 'learners',
    fileName: 'year-13.csv',
    headers: ['Forename', 'Surname', 'DOB', 'Year', 'ULN'],
    mapping: {
      legalGivenName: 'Forename',
      legalFamilyName: 'Surname',
      dateOfBirth: 'DOB',
      leavingYear: 'Year',
      uln: 'ULN',
    },
    rowCount: 1,
  })) as { sessionId: string };
  const staff2 = await sessionUser(db, `staff2.kirkgate@${DEMO}`);
  const qualification = await db
    .selectFrom('qualifications')
    .select('id')
    .where('trust_id', '=', trustId)
    .executeTakeFirstOrThrow();

  const victim: Victim = {
    trustId,
    centreId,
    learnerId: learner.id,
    learnerVersion: learner.version,
    resultId: await firstId('results'),
    activityId: await firstId('activities'),
    projectId: await firstId('projects'),
    qualificationId: qualification.id,
    frameworkVersionId: published.id,
    draftVersionId: draft.id,
    submissionId: award.submissionId!,
    awardId: award.id,
    staffUserId: staff2.id,
    importSessionId: session.sessionId,
    previewId: preview.id,
    leavingYear: learner.leavingYear,
  };
  return {
    victim,
    people: { admin, headA, staffA, headB, staffB },
    other: { admin: other.admin, head: other.centreAdminA, staff: other.staffA },
  };
}
