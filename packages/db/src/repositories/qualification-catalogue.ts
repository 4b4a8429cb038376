import type { Insertable } from 'kysely';
import type { QualificationTable } from '../database.ts';
import type { Db, TrustScope } from './scope.ts';

export type QualificationFields = Omit<
  Insertable<QualificationTable>,
  'id' | 'trust_id' | 'version' | 'created_at' | 'updated_at'
>;

const columns = [
  'id',
  'qn',
  'title',
  'type',
  'subject',
  'level',
  'glh',
  'tqt',
  'size_a_levels as sizeALevels',
  'category',
  'discount_code as discountCode',
  'grade_scale as gradeScale',
  'version',
  'updated_at as updatedAt',
] as const;

export interface CatalogueQuery {
  search?: string | undefined;
  type?: string | undefined;
  level?: number | undefined;
  category?: 'general' | 'technical' | undefined;
}

/** The trust's catalogue with each qualification's result count, filtered in SQL. */
export function listCatalogueQualifications(db: Db, scope: TrustScope, query: CatalogueQuery) {
  let q = db
    .selectFrom('qualifications as q')
    .select(columns.map((c) => `q.${c}`) as unknown as typeof columns)
    .select((eb) =>
      eb
        .selectFrom('results')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('results.qualification_id', '=', 'q.id')
        .where('results.trust_id', '=', scope.trustId)
        .as('resultCount'),
    )
    .where('q.trust_id', '=', scope.trustId);
  if (query.type) q = q.where('q.type', '=', query.type);
  if (query.level !== undefined) q = q.where('q.level', '=', query.level);
  if (query.category) q = q.where('q.category', '=', query.category);
  if (query.search) {
    const like = `%${query.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('q.title', 'ilike', like),
        eb('q.qn', 'ilike', like),
        eb('q.subject', 'ilike', like),
      ]),
    );
  }
  return q.orderBy('q.level', 'desc').orderBy('q.title').orderBy('q.id').execute();
}

export function findCatalogueQualification(db: Db, scope: TrustScope, id: string) {
  return db
    .selectFrom('qualifications')
    .select(columns)
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertQualifications(db: Db, scope: TrustScope, rows: QualificationFields[]) {
  return db
    .insertInto('qualifications')
    .values(rows.map((r) => ({ ...r, trust_id: scope.trustId })))
    .returning(columns)
    .execute();
}

export function updateQualificationAtVersion(
  db: Db,
  scope: TrustScope,
  id: string,
  version: number,
  fields: QualificationFields,
) {
  return db
    .updateTable('qualifications')
    .set({ ...fields, version: version + 1, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}

export function deleteQualificationAtVersion(
  db: Db,
  scope: TrustScope,
  id: string,
  version: number,
) {
  return db
    .deleteFrom('qualifications')
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** How many results and projects use the qualification: a used one cannot be deleted. */
export async function countQualificationUses(db: Db, scope: TrustScope, id: string) {
  const [results, projects] = await Promise.all([
    db
      .selectFrom('results')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('trust_id', '=', scope.trustId)
      .where('qualification_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('trust_id', '=', scope.trustId)
      .where('qualification_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { results: Number(results.n), projects: Number(projects.n) };
}

/** The trust's qualification numbers already in use, for import checks. */
export async function listQualificationNumbers(db: Db, scope: TrustScope) {
  const rows = await db
    .selectFrom('qualifications')
    .select('qn')
    .where('trust_id', '=', scope.trustId)
    .where('qn', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.qn as string));
}
