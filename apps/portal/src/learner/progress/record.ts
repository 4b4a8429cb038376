import { type Decision, type LearnerRecord, toLearnerRecord } from '@bacc/schema';
import type { Catalogue, LearnerRecordData } from '../types.ts';

/** The record as loaded, built exactly as the server builds it (the shared toLearnerRecord). */
export function loadedRecord(data: LearnerRecordData): LearnerRecord {
  return toLearnerRecord(data.learner.id, data);
}

export type WhatIf =
  | { kind: 'result'; key: string; qualificationId: string; grade: string }
  | { kind: 'activity'; key: string; strand: string; hours: number }
  | {
      kind: 'project';
      key: string;
      projectKind: 'epq' | 'accredited' | 'centre_devised';
      level: number | null;
      hours: number | null;
    };

/** The loaded record plus hypothetical evidence, never saved. */
export function recordWithWhatIfs(
  base: LearnerRecord,
  whatIfs: readonly WhatIf[],
  catalogue: Catalogue | undefined,
): LearnerRecord {
  const record: LearnerRecord = {
    ...base,
    results: [...base.results],
    projects: [...base.projects],
    activities: [...base.activities],
  };
  for (const w of whatIfs) {
    const id = `what-if-${w.key}`;
    if (w.kind === 'activity') {
      record.activities.push({ id, strand: w.strand, hours: w.hours, verified: true });
    } else if (w.kind === 'project') {
      record.projects.push({
        id,
        title: 'What-if project',
        kind: w.projectKind,
        level: w.level ?? undefined,
        hours: w.hours ?? undefined,
      });
    } else {
      const q = catalogue?.qualifications.find((x) => x.id === w.qualificationId);
      if (!q) continue;
      record.results.push({
        id,
        grade: w.grade,
        status: 'provisional',
        qualification: {
          id: q.id,
          qn: q.qn ?? undefined,
          title: q.title,
          type: q.type,
          subject: q.subject ?? undefined,
          level: q.level,
          glh: q.glh ?? undefined,
          tqt: q.tqt ?? undefined,
          sizeALevels: q.sizeALevels ?? undefined,
          category: q.category,
          discountCode: q.discountCode ?? undefined,
          gradeScale: q.gradeScale,
        },
      });
    }
  }
  return record;
}

/** Whether two decisions say the same thing (tier, pathway, grade and every requirement). */
export function sameOutcome(a: Decision, b: Decision): boolean {
  const summary = (d: Decision) =>
    JSON.stringify([
      d.frameworkHash,
      d.tier?.id ?? null,
      d.pathway?.id ?? null,
      d.awardGrade?.id ?? null,
      d.requirements.map((r) => [r.component, r.met, r.value, r.threshold]),
    ]);
  return summary(a) === summary(b);
}

export const tierName = (d: Decision) => d.tier?.name ?? 'No award yet';
