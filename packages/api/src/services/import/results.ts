import {
  type CentreScope,
  type Db,
  insertImportedResults,
  listImportLearners,
  listImportQualifications,
  listImportResults,
  updateImportedResults,
} from '@bacc/db';
import type { ResultImportRow } from '@bacc/schema';
import { indexLearners, learnerLabel, type Report, resolveLearner } from './resolve-learner.ts';
import { type ImportPlan, PREVIEW_ROWS, type PreviewRow, type WriteOutcome } from './types.ts';

type Qualification = Awaited<ReturnType<typeof listImportQualifications>>[number];
const titleKey = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Plans a results file: each row names a learner of this centre and a qualification of the
 * trust's catalogue, with a grade on its scale. The same learner and qualification again updates
 * the grade (status, date awarded); the same pair twice in one file is an error.
 */
export async function planResults(
  db: Db,
  scope: CentreScope,
  rows: ReadonlyArray<{ row: number; value: ResultImportRow }>,
  report: Report,
): Promise<Omit<ImportPlan, 'errors'>> {
  const [learners, qualifications] = await Promise.all([
    listImportLearners(db, scope),
    listImportQualifications(db, scope),
  ]);
  const index = indexLearners(learners);
  const byQn = new Map<string, Qualification>();
  const byTitle = new Map<string, Qualification[]>();
  for (const q of qualifications) {
    if (q.qn) byQn.set(q.qn, q);
    const key = titleKey(q.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), q]);
  }
  const gradeOn = new Map(
    qualifications.map((q) => [q.id, new Map(q.grades.map((g) => [g.toLowerCase(), g]))]),
  );

  const resolved: Array<{
    row: number;
    learnerId: string;
    who: string;
    q: Qualification;
    r: ResultImportRow;
    grade: string;
  }> = [];
  const seen = new Map<string, number>();
  for (const { row, value } of rows) {
    const learner = resolveLearner(index, value.learner, row, report);
    let q: Qualification | undefined;
    if (value.qn) {
      q = byQn.get(value.qn);
      if (!q) report(row, 'qn', `Qualification ${value.qn} is not in your trust’s catalogue`);
    } else if (value.qualificationTitle) {
      const matches = byTitle.get(titleKey(value.qualificationTitle)) ?? [];
      if (matches.length === 1) q = matches[0];
      else
        report(
          row,
          'qualificationTitle',
          matches.length === 0
            ? `No qualification called "${value.qualificationTitle}" is in your trust’s catalogue`
            : `"${value.qualificationTitle}" matches ${matches.length} qualifications: give the QN instead`,
        );
    }
    if (!q) continue;
    const grade = gradeOn.get(q.id)?.get(value.grade.toLowerCase());
    if (!grade) {
      report(
        row,
        'grade',
        `Grade "${value.grade}" is not on the ${q.scaleName} scale (${q.grades.join(', ')})`,
      );
      continue;
    }
    if (!learner) continue;
    const key = `${learner.id}|${q.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        row,
        value.qn ? 'qn' : 'qualificationTitle',
        `Row ${first} already has ${learnerLabel(learner)}’s result for ${q.title}`,
      );
      continue;
    }
    seen.set(key, row);
    resolved.push({ row, learnerId: learner.id, who: learnerLabel(learner), q, r: value, grade });
  }

  const existing = new Map(
    (await listImportResults(db, scope, [...new Set(resolved.map((r) => r.learnerId))])).map(
      (e) => [`${e.learnerId}|${e.qualificationId}`, e],
    ),
  );
  const creates: typeof resolved = [];
  const updates: Array<
    (typeof resolved)[number] & {
      id: string;
      before: { grade: string; status: string; awardedOn: string | null };
    }
  > = [];
  const preview: PreviewRow[] = [];
  let unchanged = 0;
  for (const r of resolved) {
    const e = existing.get(`${r.learnerId}|${r.q.id}`);
    const action = !e
      ? 'create'
      : e.grade === r.grade && e.status === r.r.status && e.awardedOn === r.r.awardedOn
        ? 'unchanged'
        : 'update';
    if (action === 'create') creates.push(r);
    else if (action === 'update' && e)
      updates.push({
        ...r,
        id: e.id,
        before: { grade: e.grade, status: e.status, awardedOn: e.awardedOn },
      });
    else unchanged++;
    if (preview.length < PREVIEW_ROWS)
      preview.push({
        row: r.row,
        action,
        learner: r.who,
        detail: `${r.q.title}: ${r.grade} (${r.r.status})`,
      });
  }

  return {
    counts: { create: creates.length, update: updates.length, unchanged },
    preview,
    async write(tx): Promise<WriteOutcome> {
      await insertImportedResults(
        tx,
        scope,
        creates.map((c) => ({
          learner_id: c.learnerId,
          qualification_id: c.q.id,
          grade: c.grade,
          status: c.r.status,
          awarded_on: c.r.awardedOn,
        })),
      );
      await updateImportedResults(
        tx,
        scope,
        updates.map((u) => ({
          id: u.id,
          grade: u.grade,
          status: u.r.status,
          awarded_on: u.r.awardedOn,
        })),
      );
      // One event per learner whose results changed, listing each change with before and after.
      const perLearner = new Map<string, { before: unknown[]; after: unknown[] }>();
      const entry = (id: string) =>
        perLearner.get(id) ?? perLearner.set(id, { before: [], after: [] }).get(id)!;
      const fact = (r: (typeof resolved)[number]) => ({
        qualificationId: r.q.id,
        qn: r.q.qn,
        title: r.q.title,
        grade: r.grade,
        status: r.r.status,
        awardedOn: r.r.awardedOn,
      });
      for (const c of creates) entry(c.learnerId).after.push(fact(c));
      for (const u of updates) {
        const e = entry(u.learnerId);
        e.before.push({ qualificationId: u.q.id, qn: u.q.qn, title: u.q.title, ...u.before });
        e.after.push(fact(u));
      }
      const leavingYear = new Map(learners.map((l) => [l.id, l.leavingYear]));
      return {
        learners: [...perLearner.keys()].map((id) => ({ id, leavingYear: leavingYear.get(id)! })),
        events: [...perLearner].map(([id, change]) => ({
          action: 'learner.results_imported',
          entity: 'learner',
          entityId: id,
          before: { results: change.before },
          after: { results: change.after },
        })),
      };
    },
  };
}
