import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Database, Kysely } from '@bacc/db';
import { createLearnerRow } from '@bacc/db/testing';
import { createTenantWithUsers } from '../../testing/index.ts';
import { recomputeDecisions } from '../records/decisions.ts';

type Tenant = Awaited<ReturnType<typeof createTenantWithUsers>>;
export type CohortTenant = Tenant & {
  frameworkVersionId: string;
  qualifications: { english: string; maths: string; science: string };
};

/** A tenant whose trust publishes the National Bacc and whose two centres have a 2026 cohort. */
export async function createCohortTenant(db: Kysely<Database>, label = 'Cohort') {
  const t = await createTenantWithUsers(db, label);
  const trustId = t.trust.id;
  await db
    .insertInto('grade_scales')
    .values({
      trust_id: trustId,
      key: 'gcse_9_1',
      name: 'GCSE (9–1)',
      grades: JSON.stringify(['U', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
    })
    .execute();
  const qualification = (subject: string, title: string) =>
    db
      .insertInto('qualifications')
      .values({
        trust_id: trustId,
        qn: null,
        title,
        type: 'gcse',
        subject,
        level: 2,
        glh: 120,
        tqt: null,
        size_a_levels: null,
        category: 'general',
        discount_code: null,
        grade_scale: 'gcse_9_1',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const [english, maths, science] = await Promise.all([
    qualification('english', 'GCSE English Language'),
    qualification('maths', 'GCSE Mathematics'),
    qualification('science', 'GCSE Combined Science'),
  ]);
  const version = await db
    .insertInto('framework_versions')
    .values({
      trust_id: trustId,
      name: nationalBaccalaureate.name,
      version_number: 1,
      status: 'published',
      definition: JSON.stringify(nationalBaccalaureate),
      definition_hash: hashFramework(nationalBaccalaureate),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('cohorts')
    .values(
      [t.centreA.id, t.centreB.id].map((centreId) => ({
        trust_id: trustId,
        centre_id: centreId,
        leaving_year: 2026,
        framework_version_id: version.id,
      })),
    )
    .execute();
  return {
    ...t,
    frameworkVersionId: version.id,
    qualifications: { english: english.id, maths: maths.id, science: science.id },
  } satisfies CohortTenant;
}

export interface LearnerPlan {
  name?: string;
  leavingYear?: number;
  /** GCSE grades by subject; a trailing "?" marks the result provisional. */
  gcse?: Partial<Record<'english' | 'maths' | 'science', string>>;
  /** Verified hours in each strand. */
  hours?: number;
  /** Hours of a centre-devised project, if any. */
  projectHours?: number;
}

/** Adds a learner with the given evidence to a centre and stores their decision. */
export async function addPlannedLearner(
  db: Kysely<Database>,
  t: CohortTenant,
  centreId: string,
  plan: LearnerPlan,
) {
  const scope = { trustId: t.trust.id, centreId };
  const learner = await createLearnerRow(db, scope, {
    leaving_year: plan.leavingYear ?? 2026,
    ...(plan.name ? { legal_family_name: plan.name } : {}),
  });
  const base = { trust_id: t.trust.id, centre_id: centreId, learner_id: learner.id };
  for (const [subject, grade] of Object.entries(plan.gcse ?? {})) {
    const provisional = grade.endsWith('?');
    await db
      .insertInto('results')
      .values({
        ...base,
        qualification_id: t.qualifications[subject as 'english'],
        grade: grade.replace('?', ''),
        status: provisional ? 'provisional' : 'confirmed',
        awarded_on: null,
      })
      .execute();
  }
  if (plan.hours)
    await db
      .insertInto('activities')
      .values(
        (['leadership_service', 'creative_cultural', 'physical_outdoor'] as const).map(
          (strand) => ({
            ...base,
            strand,
            hours: plan.hours!,
            started_on: '2025-09-01',
            ended_on: '2026-03-01',
            description: `${strand} volunteering`,
            verified_by: 'Ms Tutor',
          }),
        ),
      )
      .execute();
  if (plan.projectHours)
    await db
      .insertInto('projects')
      .values({
        ...base,
        title: 'A local history',
        kind: 'centre_devised',
        qualification_id: null,
        grade: null,
        hours: plan.projectHours,
      })
      .execute();
  await recomputeDecisions(db, scope, [{ id: learner.id, leavingYear: plan.leavingYear ?? 2026 }]);
  return learner;
}
