import {
  type CentreScope,
  type Db,
  insertImportedActivities,
  listImportActivities,
  listImportLearners,
  updateImportedActivities,
} from '@bacc/db';
import { type ActivityImportRow, strandLabels } from '@bacc/schema';
import { indexLearners, learnerLabel, type Report, resolveLearner } from './resolve-learner.ts';
import { type ImportPlan, PREVIEW_ROWS, type PreviewRow, type WriteOutcome } from './types.ts';

const describe = (d: string) => d.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The rule for activities: the same learner, strand, start date and description (ignoring case
 * and spacing) is the same activity, so a re-export with more hours or an end date updates it;
 * anything else is a new activity. The same activity twice in one file is an error.
 */
export const activityKey = (a: {
  learnerId: string;
  strand: string;
  startedOn: string | null;
  description: string;
}) => `${a.learnerId}|${a.strand}|${a.startedOn ?? ''}|${describe(a.description)}`;

export async function planActivities(
  db: Db,
  scope: CentreScope,
  rows: ReadonlyArray<{ row: number; value: ActivityImportRow }>,
  report: Report,
): Promise<Omit<ImportPlan, 'errors'>> {
  const learners = await listImportLearners(db, scope);
  const index = indexLearners(learners);
  const resolved: Array<{
    row: number;
    learnerId: string;
    who: string;
    a: ActivityImportRow;
    key: string;
  }> = [];
  const seen = new Map<string, number>();
  for (const { row, value } of rows) {
    const learner = resolveLearner(index, value.learner, row, report);
    if (!learner) continue;
    const key = activityKey({ learnerId: learner.id, ...value });
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        row,
        'description',
        `Row ${first} already has this activity for ${learnerLabel(learner)} (same strand, start date and description)`,
      );
      continue;
    }
    seen.set(key, row);
    resolved.push({ row, learnerId: learner.id, who: learnerLabel(learner), a: value, key });
  }

  const existing = new Map(
    (await listImportActivities(db, scope, [...new Set(resolved.map((r) => r.learnerId))])).map(
      (e) => [activityKey(e), e],
    ),
  );
  const creates: typeof resolved = [];
  const updates: Array<
    (typeof resolved)[number] & {
      id: string;
      before: { hours: number; endedOn: string | null; verifiedBy: string | null };
    }
  > = [];
  const preview: PreviewRow[] = [];
  let unchanged = 0;
  for (const r of resolved) {
    const e = existing.get(r.key);
    const same =
      e &&
      Number(e.hours) === r.a.hours &&
      e.endedOn === r.a.endedOn &&
      e.verifiedBy === r.a.verifiedBy;
    const action = !e ? 'create' : same ? 'unchanged' : 'update';
    if (action === 'create') creates.push(r);
    else if (action === 'update' && e)
      updates.push({
        ...r,
        id: e.id,
        before: { hours: Number(e.hours), endedOn: e.endedOn, verifiedBy: e.verifiedBy },
      });
    else unchanged++;
    if (preview.length < PREVIEW_ROWS)
      preview.push({
        row: r.row,
        action,
        learner: r.who,
        detail: `${strandLabels[r.a.strand]}: ${r.a.description}, ${r.a.hours} hours`,
      });
  }

  return {
    counts: { create: creates.length, update: updates.length, unchanged },
    preview,
    async write(tx): Promise<WriteOutcome> {
      await insertImportedActivities(
        tx,
        scope,
        creates.map((c) => ({
          learner_id: c.learnerId,
          strand: c.a.strand,
          hours: c.a.hours,
          started_on: c.a.startedOn,
          ended_on: c.a.endedOn,
          description: c.a.description,
          verified_by: c.a.verifiedBy,
        })),
      );
      await updateImportedActivities(
        tx,
        scope,
        updates.map((u) => ({
          id: u.id,
          hours: u.a.hours,
          ended_on: u.a.endedOn,
          verified_by: u.a.verifiedBy,
        })),
      );
      const perLearner = new Map<string, { before: unknown[]; after: unknown[] }>();
      const entry = (id: string) =>
        perLearner.get(id) ?? perLearner.set(id, { before: [], after: [] }).get(id)!;
      const fact = ({ a: { learner: _ref, ...activity } }: (typeof resolved)[number]) => activity;
      for (const c of creates) entry(c.learnerId).after.push(fact(c));
      for (const u of updates) {
        const e = entry(u.learnerId);
        e.before.push({
          strand: u.a.strand,
          startedOn: u.a.startedOn,
          description: u.a.description,
          ...u.before,
        });
        e.after.push(fact(u));
      }
      const leavingYear = new Map(learners.map((l) => [l.id, l.leavingYear]));
      return {
        learners: [...perLearner.keys()].map((id) => ({ id, leavingYear: leavingYear.get(id)! })),
        events: [...perLearner].map(([id, change]) => ({
          action: 'learner.activities_imported',
          entity: 'learner',
          entityId: id,
          before: { activities: change.before },
          after: { activities: change.after },
        })),
      };
    },
  };
}
