import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Db } from '@bacc/db';

/** A small catalogue: A levels and GCSEs with real-looking QNs, on their grade scales. */
export async function seedImportCatalogue(db: Db, trustId: string) {
  await db
    .insertInto('grade_scales')
    .values([
      {
        trust_id: trustId,
        key: 'a_level',
        name: 'A level (A*–E)',
        grades: JSON.stringify(['U', 'E', 'D', 'C', 'B', 'A', 'A*']),
      },
      {
        trust_id: trustId,
        key: 'gcse_9_1',
        name: 'GCSE (9–1)',
        grades: JSON.stringify(['U', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
      },
    ])
    .execute();
  const qualification = (
    qn: string,
    title: string,
    type: string,
    subject: string,
    level: number,
    scale: string,
  ) => ({
    trust_id: trustId,
    qn,
    title,
    type,
    subject,
    level,
    glh: level === 3 ? 360 : 120,
    tqt: null,
    size_a_levels: level === 3 ? 1 : null,
    category: 'general' as const,
    discount_code: null,
    grade_scale: scale,
  });
  return db
    .insertInto('qualifications')
    .values([
      qualification('601/4772/1', 'A level Mathematics', 'a_level', 'maths', 3, 'a_level'),
      qualification('601/4293/0', 'A level Biology', 'a_level', 'biology', 3, 'a_level'),
      qualification('601/4540/2', 'A level History', 'a_level', 'history', 3, 'a_level'),
      qualification('601/4831/1', 'GCSE English Language', 'gcse', 'english', 2, 'gcse_9_1'),
      qualification('601/4832/3', 'GCSE Mathematics', 'gcse', 'maths', 2, 'gcse_9_1'),
    ])
    .returning(['id', 'qn', 'title'])
    .execute();
}

/** Publishes the National Bacc and pins these centres' leaving years to it, so learners are decided. */
export async function publishFrameworkFor(
  db: Db,
  trustId: string,
  centreIds: readonly string[],
  years: readonly number[],
) {
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
      centreIds.flatMap((centreId) =>
        years.map((leaving_year) => ({
          trust_id: trustId,
          centre_id: centreId,
          leaving_year,
          framework_version_id: version.id,
        })),
      ),
    )
    .execute();
  return version.id;
}
