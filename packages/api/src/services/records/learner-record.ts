import {
  type CentreScope,
  type Db,
  listActivities,
  listProjectsWithQualifications,
  listResultsWithQualifications,
} from '@bacc/db';
import type { LearnerRecord } from '@bacc/schema';

const defined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** Assembles each learner's evidence, as the criteria engine reads it, straight from the tables. */
export async function loadLearnerRecords(
  db: Db,
  scope: CentreScope,
  learnerIds: readonly string[],
): Promise<Map<string, LearnerRecord>> {
  const records = new Map<string, LearnerRecord>();
  if (learnerIds.length === 0) return records;
  for (const id of learnerIds)
    records.set(id, { learnerId: id, results: [], projects: [], activities: [] });
  const [results, projects, activities] = await Promise.all([
    listResultsWithQualifications(db, scope, learnerIds),
    listProjectsWithQualifications(db, scope, learnerIds),
    listActivities(db, scope, learnerIds),
  ]);
  for (const r of results) {
    records.get(r.learnerId)?.results.push({
      id: r.id,
      grade: r.grade,
      status: r.status,
      qualification: {
        id: r.qualificationId,
        qn: defined(r.qn),
        title: r.title,
        type: r.type,
        subject: defined(r.subject),
        level: r.level,
        glh: defined(r.glh),
        tqt: defined(r.tqt),
        sizeALevels: defined(r.sizeALevels),
        category: r.category,
        discountCode: defined(r.discountCode),
        gradeScale: r.gradeScale,
      },
    });
  }
  for (const p of projects) {
    records.get(p.learnerId)?.projects.push({
      id: p.id,
      title: p.title,
      kind: p.kind,
      level: defined(p.level),
      grade: defined(p.grade),
      gradeScale: defined(p.gradeScale),
      hours: defined(p.hours ?? p.glh),
    });
  }
  for (const a of activities) {
    records.get(a.learnerId)?.activities.push({
      id: a.id,
      strand: a.strand,
      hours: a.hours,
      startedOn: defined(a.startedOn),
      endedOn: defined(a.endedOn),
      verified: a.verifiedBy !== null,
    });
  }
  return records;
}
