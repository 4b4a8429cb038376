import {
  type CentreScope,
  type Db,
  listActivities,
  listProjectsWithQualifications,
  listResultsWithQualifications,
} from '@bacc/db';
import {
  activityEvidence,
  type LearnerRecord,
  projectEvidence,
  resultEvidence,
} from '@bacc/schema';

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
  // The same mapping the portal uses in the browser (toLearnerRecord), so both decide alike.
  for (const r of results) records.get(r.learnerId)?.results.push(resultEvidence(r));
  for (const p of projects) records.get(p.learnerId)?.projects.push(projectEvidence(p));
  for (const a of activities) records.get(a.learnerId)?.activities.push(activityEvidence(a));
  return records;
}
