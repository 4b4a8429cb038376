import {
  type Db,
  inTrustScope,
  listTrustActivityRows,
  listTrustLearnerPage,
  listTrustProjectRows,
  listTrustQualificationFacts,
  listTrustResultRows,
  type TrustLearnerFilter,
  type TrustScope,
} from '@bacc/db';
import {
  activityEvidence,
  type LearnerRecord,
  projectEvidence,
  resultEvidence,
} from '@bacc/schema';

export type TrustLearner = Awaited<ReturnType<typeof listTrustLearnerPage>>[number];

export interface TrustRecordBatch {
  learners: TrustLearner[];
  records: Map<string, LearnerRecord>;
}

/**
 * Every learner of the trust (or of a centre / leaving year) with the evidence the engine reads,
 * in batches: four set-based queries per batch, the catalogue read once, the next batch fetched
 * while the caller works on this one.
 */
export async function* trustRecordBatches(
  db: Db,
  scope: TrustScope,
  filter: TrustLearnerFilter,
  batchSize = 5_000,
): AsyncGenerator<TrustRecordBatch> {
  // From the pool (a background job), each read is a transaction of its own in the trust's scope.
  const inTrust = <T>(work: (db: Db) => Promise<T>) => inTrustScope(db, scope.trustId, work);
  const facts = await inTrust((trx) => listTrustQualificationFacts(trx, scope));
  // One evidence-shaped qualification per catalogue entry, shared by every result that names it
  // (the engine copies what it reads), so a batch allocates one small object per result.
  const qualifications = new Map(
    facts.map((q) => [
      q.id,
      resultEvidence({ ...q, qualificationId: q.id, learnerId: '', grade: '', status: 'confirmed' })
        .qualification,
    ]),
  );
  const projectFacts = new Map(facts.map((q) => [q.id, q]));
  const load = async (afterId: string | null): Promise<TrustRecordBatch | null> => {
    const rows = await inTrust(async (trx) => {
      const learners = await listTrustLearnerPage(trx, scope, filter, afterId, batchSize);
      if (learners.length === 0) return null;
      const ids = learners.map((l) => l.id);
      const [results, projects, activities] = await Promise.all([
        listTrustResultRows(trx, scope, ids),
        listTrustProjectRows(trx, scope, ids),
        listTrustActivityRows(trx, scope, ids),
      ]);
      return { learners, ids, results, projects, activities };
    });
    if (!rows) return null;
    const { learners, ids, results, projects, activities } = rows;
    const records = new Map<string, LearnerRecord>();
    for (const id of ids)
      records.set(id, { learnerId: id, results: [], projects: [], activities: [] });
    for (const r of results) {
      const qualification = qualifications.get(r.qualificationId);
      if (qualification)
        records
          .get(r.learnerId)
          ?.results.push({ id: r.id, grade: r.grade, status: r.status, qualification });
    }
    for (const p of projects) {
      const q = p.qualificationId ? projectFacts.get(p.qualificationId) : undefined;
      records.get(p.learnerId)?.projects.push(
        projectEvidence({
          ...p,
          level: q?.level ?? null,
          gradeScale: q?.gradeScale ?? null,
          glh: q?.glh ?? null,
        }),
      );
    }
    for (const a of activities) records.get(a.learnerId)?.activities.push(activityEvidence(a));
    return { learners, records };
  };
  let next = load(null);
  for (;;) {
    const batch = await next;
    if (!batch) return;
    next =
      batch.learners.length < batchSize ? Promise.resolve(null) : load(batch.learners.at(-1)!.id);
    yield batch;
  }
}
