import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Database, Kysely } from '@bacc/db';
import { createLearnerRow } from '@bacc/db/testing';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';

type Db = Kysely<Database>;

/** A small catalogue: GCSEs in English, maths and history, and the EPQ, on their scales. */
export async function createCatalogue(db: Db, trustId: string) {
  await db
    .insertInto('grade_scales')
    .values([
      {
        trust_id: trustId,
        key: 'gcse_9_1',
        name: 'GCSE (9–1)',
        grades: JSON.stringify(['U', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
      },
      {
        trust_id: trustId,
        key: 'epq',
        name: 'Project qualification (A*–E)',
        grades: JSON.stringify(['U', 'E', 'D', 'C', 'B', 'A', 'A*']),
      },
    ])
    .execute();
  const qualification = (
    title: string,
    type: string,
    subject: string,
    level: number,
    scale: string,
  ) =>
    db
      .insertInto('qualifications')
      .values({
        trust_id: trustId,
        qn: null,
        title,
        type,
        subject,
        level,
        glh: 120,
        tqt: null,
        size_a_levels: null,
        category: 'general',
        discount_code: null,
        grade_scale: scale,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  return {
    english: await qualification('GCSE English Language', 'gcse', 'english', 2, 'gcse_9_1'),
    maths: await qualification('GCSE Mathematics', 'gcse', 'maths', 2, 'gcse_9_1'),
    history: await qualification('GCSE History', 'gcse', 'history', 2, 'gcse_9_1'),
    geography: await qualification('GCSE Geography', 'gcse', 'geography', 2, 'gcse_9_1'),
    epq: await qualification('Extended Project Qualification', 'project', 'project', 3, 'epq'),
  };
}

/** Publishes the National Bacc fixture and pins the centre's 2026 leavers to it. */
export async function createCohort(db: Db, scope: { trustId: string; centreId: string }) {
  const version = await db
    .insertInto('framework_versions')
    .values({
      trust_id: scope.trustId,
      name: nationalBaccalaureate.name,
      version_number: 1,
      status: 'published',
      definition: JSON.stringify(nationalBaccalaureate),
      definition_hash: hashFramework(nationalBaccalaureate),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .insertInto('cohorts')
    .values({ ...tenant(scope), leaving_year: 2026, framework_version_id: version.id })
    .returning(['id', 'framework_version_id as frameworkVersionId'])
    .executeTakeFirstOrThrow();
}

const tenant = (s: { trustId: string; centreId: string }) => ({
  trust_id: s.trustId,
  centre_id: s.centreId,
});

/**
 * A learner with everything for Intermediate except 10 hours of the Personal Development
 * Programme: English 5, maths 5, history 6, geography 4, an EPQ graded B and 30 verified hours a strand.
 */
export async function createLearnerShortOfHours(
  db: Db,
  scope: { trustId: string; centreId: string },
  catalogue: Awaited<ReturnType<typeof createCatalogue>>,
) {
  const learner = await createLearnerRow(db, scope, { leaving_year: 2026 });
  const base = { ...tenant(scope), learner_id: learner.id };
  await db
    .insertInto('results')
    .values([
      {
        ...base,
        qualification_id: catalogue.english,
        grade: '5',
        status: 'confirmed',
        awarded_on: null,
      },
      {
        ...base,
        qualification_id: catalogue.maths,
        grade: '5',
        status: 'confirmed',
        awarded_on: null,
      },
      {
        ...base,
        qualification_id: catalogue.history,
        grade: '6',
        status: 'confirmed',
        awarded_on: null,
      },
      {
        ...base,
        qualification_id: catalogue.geography,
        grade: '4',
        status: 'confirmed',
        awarded_on: null,
      },
    ])
    .execute();
  await db
    .insertInto('projects')
    .values({
      ...base,
      title: 'Rivers',
      kind: 'epq',
      qualification_id: catalogue.epq,
      grade: 'B',
      hours: null,
    })
    .execute();
  await db
    .insertInto('activities')
    .values(
      (['leadership_service', 'creative_cultural', 'physical_outdoor'] as const).map((strand) => ({
        ...base,
        strand,
        hours: 30,
        started_on: '2025-09-01',
        ended_on: null,
        description: `Weekly ${strand}`,
        verified_by: 'Ms Head',
      })),
    )
    .execute();
  return learner;
}

export function storedTier(db: Db, learnerId: string) {
  return db
    .selectFrom('learner_decisions')
    .select(['tier', 'tier_rank as rank'])
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
}

export type Failure = {
  code: string;
  message: string;
  cause?: { details?: Record<string, unknown> };
};

/** Resolves with the error of a call expected to fail; a call that succeeds fails the test. */
export const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as Failure,
  );

/** A trust with a small catalogue, centre A's 2026 cohort pinned to the National Bacc, and staff A signed in. */
export async function setUpRecordTenant(db: Db) {
  const t = await createTenantWithUsers(db);
  const scopeA = { trustId: t.trust.id, centreId: t.centreA.id };
  const scopeB = { trustId: t.trust.id, centreId: t.centreB.id };
  const catalogue = await createCatalogue(db, t.trust.id);
  await createCohort(db, scopeA);
  const staff = callerFor(db, t.staffA);
  return { db, t, scopeA, scopeB, catalogue, staff, centreId: t.centreA.id };
}
