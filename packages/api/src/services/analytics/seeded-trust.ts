import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Database, Kysely } from '@bacc/db';
import { createLearnerRow } from '@bacc/db/testing';
import { recomputeDecisions } from '../records/decisions.ts';

// Test data only: a trust's two centres with learners of every tier, decided as the server does.

type Profile = 'advanced_general' | 'advanced_technical' | 'intermediate' | 'entry' | 'nothing';
const PROFILES: Profile[] = [
  'advanced_general',
  'advanced_technical',
  'intermediate',
  'intermediate',
  'entry',
  'nothing',
];

const SCALES = {
  gcse_9_1: ['9', '8', '7', '6', '5', '4', '3', '2', '1', 'U'],
  a_level: ['A*', 'A', 'B', 'C', 'D', 'E', 'U'],
  btec_national_diploma: ['D*D*', 'D*D', 'DD', 'DM', 'MM', 'MP', 'PP', 'U'],
};

async function catalogue(db: Kysely<Database>, trustId: string) {
  await db
    .insertInto('grade_scales')
    .values(
      Object.entries(SCALES).map(([key, grades]) => ({
        trust_id: trustId,
        key,
        name: key,
        grades: JSON.stringify(grades),
      })),
    )
    .execute();
  const q = (
    title: string,
    type: string,
    subject: string,
    level: number,
    glh: number,
    category: 'general' | 'technical',
    grade_scale: keyof typeof SCALES,
    discount_code: string,
  ) => ({
    trust_id: trustId,
    qn: null,
    title,
    type,
    subject,
    level,
    glh,
    tqt: glh,
    size_a_levels: type === 'a_level' ? 1 : category === 'technical' ? 2 : null,
    category,
    discount_code,
    grade_scale,
  });
  const rows = await db
    .insertInto('qualifications')
    .values([
      q('GCSE English Language', 'gcse', 'english', 2, 120, 'general', 'gcse_9_1', 'FK2'),
      q('GCSE Mathematics', 'gcse', 'maths', 2, 120, 'general', 'gcse_9_1', '2210'),
      q('GCSE History', 'gcse', 'history', 2, 120, 'general', 'gcse_9_1', 'DB'),
      q('A level Biology', 'a_level', 'biology', 3, 360, 'general', 'a_level', 'RA1'),
      q('A level Chemistry', 'a_level', 'chemistry', 3, 360, 'general', 'a_level', 'RC1'),
      q('A level Physics', 'a_level', 'physics', 3, 360, 'general', 'a_level', 'RC3'),
      q(
        'BTEC National Diploma in Engineering',
        'btec_national',
        'engineering',
        3,
        720,
        'technical',
        'btec_national_diploma',
        'TE1',
      ),
    ])
    .returning(['id', 'title'])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.title, r.id])) as Record<string, string>;
}

async function giveEvidence(
  db: Kysely<Database>,
  scope: { trustId: string; centreId: string },
  learnerId: string,
  profile: Profile,
  quals: Record<string, string>,
  verifier: string,
) {
  if (profile === 'nothing') return;
  const result = (title: string, grade: string) => ({
    trust_id: scope.trustId,
    centre_id: scope.centreId,
    learner_id: learnerId,
    qualification_id: quals[title]!,
    grade,
    status: 'confirmed' as const,
  });
  const emGrade = profile === 'entry' ? '2' : '5';
  const results = [result('GCSE English Language', emGrade), result('GCSE Mathematics', emGrade)];
  if (profile === 'advanced_general')
    results.push(
      result('A level Biology', 'B'),
      result('A level Chemistry', 'C'),
      result('A level Physics', 'A'),
    );
  if (profile === 'advanced_technical')
    results.push(result('BTEC National Diploma in Engineering', 'DM'));
  if (profile === 'intermediate') results.push(result('GCSE History', '6'));
  await db.insertInto('results').values(results).execute();
  await db
    .insertInto('projects')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      learner_id: learnerId,
      title: 'A study of the local river',
      kind: 'centre_devised',
      qualification_id: null,
      grade: null,
      hours: profile === 'entry' ? 10 : 130,
    })
    .execute();
  const each = profile === 'entry' ? 10 : 40;
  await db
    .insertInto('activities')
    .values(
      (['leadership_service', 'creative_cultural', 'physical_outdoor'] as const).map((strand) => ({
        trust_id: scope.trustId,
        centre_id: scope.centreId,
        learner_id: learnerId,
        strand,
        hours: each,
        description: 'Weekly volunteering',
        verified_by: verifier,
      })),
    )
    .execute();
}

/**
 * Publishes the National Bacc for the trust, pins 2025 and 2026 at both centres to it, adds
 * learners of every kind (and some of 2027, which has no cohort, so stays undecided), decides
 * them, and records a few destinations.
 */
export async function seedDecidedTrust(
  db: Kysely<Database>,
  t: { trust: { id: string }; centreA: { id: string }; centreB: { id: string } },
  perCentre: { centreA: number; centreB: number } = { centreA: 14, centreB: 9 },
) {
  const trustId = t.trust.id;
  const quals = await catalogue(db, trustId);
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
  const learnerIds: Record<string, string[]> = {};
  for (const [which, count] of [
    ['centreA', perCentre.centreA],
    ['centreB', perCentre.centreB],
  ] as const) {
    const scope = { trustId, centreId: t[which].id };
    await db
      .insertInto('cohorts')
      .values(
        [2025, 2026].map((leaving_year) => ({
          trust_id: trustId,
          centre_id: scope.centreId,
          leaving_year,
          framework_version_id: version.id,
        })),
      )
      .execute();
    const learners: Array<{ id: string; leavingYear: number }> = [];
    for (let i = 0; i < count; i++) {
      const leavingYear = i % 7 === 6 ? 2027 : i % 2 === 0 ? 2026 : 2025;
      const row = await createLearnerRow(db, scope, { leaving_year: leavingYear });
      await giveEvidence(
        db,
        scope,
        row.id,
        PROFILES[(i + (which === 'centreB' ? 2 : 0)) % PROFILES.length]!,
        quals,
        'Ms Teacher',
      );
      learners.push({ id: row.id, leavingYear });
    }
    await recomputeDecisions(db, scope, learners);
    learnerIds[which] = learners.map((l) => l.id);
    const kinds = ['education', 'employment', 'apprenticeship', 'neet'] as const;
    await db
      .insertInto('destinations')
      .values(
        learners.slice(0, 5).map((l, i) => ({
          trust_id: trustId,
          centre_id: scope.centreId,
          learner_id: l.id,
          checkpoint: 'six_months' as const,
          kind: kinds[i % kinds.length]!,
          sustained: i % 2 === 0,
          recorded_on: '2026-03-01',
        })),
      )
      .execute();
  }
  return {
    frameworkVersionId: version.id,
    learnerIds: learnerIds as Record<'centreA' | 'centreB', string[]>,
  };
}
