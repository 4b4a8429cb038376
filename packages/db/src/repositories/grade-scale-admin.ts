import type { Db, TrustScope } from './scope.ts';

/** Grade scales with their version and how many qualifications use each. */
export function listGradeScalesForAdmin(db: Db, scope: TrustScope) {
  return db
    .selectFrom('grade_scales as g')
    .select(['g.key', 'g.name', 'g.grades', 'g.version'])
    .select((eb) =>
      eb
        .selectFrom('qualifications')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('qualifications.grade_scale', '=', 'g.key')
        .where('qualifications.trust_id', '=', scope.trustId)
        .as('qualificationCount'),
    )
    .where('g.trust_id', '=', scope.trustId)
    .orderBy('g.name')
    .execute();
}

export function findGradeScaleForAdmin(db: Db, scope: TrustScope, key: string) {
  return db
    .selectFrom('grade_scales')
    .select(['key', 'name', 'grades', 'version'])
    .where('trust_id', '=', scope.trustId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export function insertGradeScale(
  db: Db,
  scope: TrustScope,
  scale: { key: string; name: string; grades: string[] },
) {
  return db
    .insertInto('grade_scales')
    .values({
      trust_id: scope.trustId,
      key: scale.key,
      name: scale.name,
      grades: JSON.stringify(scale.grades),
    })
    .returning(['key', 'name', 'grades', 'version'])
    .executeTakeFirstOrThrow();
}

export function updateGradeScaleAtVersion(
  db: Db,
  scope: TrustScope,
  key: string,
  version: number,
  scale: { name: string; grades: string[] },
) {
  return db
    .updateTable('grade_scales')
    .set({ name: scale.name, grades: JSON.stringify(scale.grades), version: version + 1 })
    .where('trust_id', '=', scope.trustId)
    .where('key', '=', key)
    .where('version', '=', version)
    .returning(['key', 'name', 'grades', 'version'])
    .executeTakeFirst();
}

/** The grades results actually hold on a scale: those cannot be removed from it. */
export async function listGradesInUse(db: Db, scope: TrustScope, scaleKey: string) {
  const rows = await db
    .selectFrom('results')
    .innerJoin('qualifications', (j) =>
      j
        .onRef('qualifications.id', '=', 'results.qualification_id')
        .onRef('qualifications.trust_id', '=', 'results.trust_id'),
    )
    .select('results.grade')
    .distinct()
    .where('results.trust_id', '=', scope.trustId)
    .where('qualifications.grade_scale', '=', scaleKey)
    .execute();
  return rows.map((r) => r.grade);
}

export function listPointsTables(db: Db, scope: TrustScope) {
  return db
    .selectFrom('points_tables')
    .select(['key', 'name', 'points', 'version'])
    .where('trust_id', '=', scope.trustId)
    .orderBy('name')
    .execute();
}

export function findPointsTable(db: Db, scope: TrustScope, key: string) {
  return db
    .selectFrom('points_tables')
    .select(['key', 'name', 'points', 'version'])
    .where('trust_id', '=', scope.trustId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export function insertPointsTable(
  db: Db,
  scope: TrustScope,
  table: { key: string; name: string; points: Record<string, Record<string, number>> },
) {
  return db
    .insertInto('points_tables')
    .values({
      trust_id: scope.trustId,
      key: table.key,
      name: table.name,
      points: JSON.stringify(table.points),
    })
    .returning(['key', 'name', 'points', 'version'])
    .executeTakeFirstOrThrow();
}

export function updatePointsTableAtVersion(
  db: Db,
  scope: TrustScope,
  key: string,
  version: number,
  table: { name: string; points: Record<string, Record<string, number>> },
) {
  return db
    .updateTable('points_tables')
    .set({
      name: table.name,
      points: JSON.stringify(table.points),
      version: version + 1,
      updated_at: new Date(),
    })
    .where('trust_id', '=', scope.trustId)
    .where('key', '=', key)
    .where('version', '=', version)
    .returning(['key', 'name', 'points', 'version'])
    .executeTakeFirst();
}
