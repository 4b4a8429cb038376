import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';

const englandGradeScales = nationalBaccalaureate.gradeScales;

import type { Database, Kysely } from '@bacc/db';
import { recomputeDecisions } from '../records/decisions.ts';

const qualification = (
  trustId: string,
  type: string,
  subject: string,
  level: number,
  gradeScale: string,
) => ({
  trust_id: trustId,
  title: `${type} ${subject}`,
  type,
  subject,
  level,
  glh: 360,
  category: 'general' as const,
  grade_scale: gradeScale,
});

/**
 * The demo trust in miniature: the National Bacc published and pinned to each centre's 2026
 * leavers, and learners at Advanced whose Personal Development hours run from 100 to 150, so a
 * raised Advanced threshold moves some of them down. Decisions are stored as the server keeps them.
 */
export async function seedNationalBaccTrust(
  db: Kysely<Database>,
  tenant: { trust: { id: string }; centreA: { id: string }; centreB: { id: string } },
  hoursByCentre: { a: number[]; b: number[] },
) {
  const trustId = tenant.trust.id;
  await db
    .insertInto('grade_scales')
    .values(
      (['a_level', 'gcse_9_1'] as const).map((key) => ({
        trust_id: trustId,
        key,
        name: englandGradeScales[key]!.label,
        grades: JSON.stringify(englandGradeScales[key]!.grades.map((g) => g.grade)),
      })),
    )
    .execute();
  const quals = await db
    .insertInto('qualifications')
    .values([
      qualification(trustId, 'a_level', 'history', 3, 'a_level'),
      qualification(trustId, 'a_level', 'biology', 3, 'a_level'),
      qualification(trustId, 'a_level', 'chemistry', 3, 'a_level'),
      qualification(trustId, 'gcse', 'english', 2, 'gcse_9_1'),
      qualification(trustId, 'gcse', 'maths', 2, 'gcse_9_1'),
    ])
    .returning(['id', 'type', 'grade_scale'])
    .execute();
  const published = await db
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
  let n = 0;
  for (const [centre, hours] of [
    [tenant.centreA, hoursByCentre.a],
    [tenant.centreB, hoursByCentre.b],
  ] as const) {
    const scope = { trustId, centreId: centre.id };
    const cols = { trust_id: trustId, centre_id: centre.id };
    await db
      .insertInto('cohorts')
      .values({ ...cols, leaving_year: 2026, framework_version_id: published.id })
      .execute();
    const learners = [];
    for (const h of hours) {
      n++;
      const learner = await db
        .insertInto('learners')
        .values({
          trust_id: trustId,
          centre_id: centre.id,
          legal_given_name: 'Learner',
          legal_family_name: `Number ${n}`,
          date_of_birth: '2008-01-01',
          leaving_year: 2026,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      learners.push({ id: learner.id, leavingYear: 2026 });
      await db
        .insertInto('results')
        .values(
          quals.map((q) => ({
            ...cols,
            learner_id: learner.id,
            qualification_id: q.id,
            grade: q.grade_scale === 'a_level' ? 'B' : '6',
            status: 'confirmed' as const,
          })),
        )
        .execute();
      await db
        .insertInto('projects')
        .values({
          ...cols,
          learner_id: learner.id,
          title: 'A project',
          kind: 'centre_devised',
          hours: 130,
        })
        .execute();
      // A third of the hours in each strand, so every strand has its 20.
      await db
        .insertInto('activities')
        .values(
          (['leadership_service', 'creative_cultural', 'physical_outdoor'] as const).map(
            (strand, i) => ({
              ...cols,
              learner_id: learner.id,
              strand,
              hours: i === 0 ? h - 2 * Math.floor(h / 3) : Math.floor(h / 3),
              description: 'Volunteering',
              verified_by: 'Form tutor',
            }),
          ),
        )
        .execute();
    }
    await recomputeDecisions(db, scope, learners);
  }
  return { publishedId: published.id };
}
