import type { LearnerRecord } from '@bacc/schema';
import type { GradeScaleIndex } from './grade-scales.ts';

/**
 * One piece of evidence in the shape every rule reads; built once per evaluation. A class
 * whose constructor sets every field in one order, so V8 keeps one hidden class for all.
 */
export class EvidenceItem {
  title = '';
  type = '';
  subject = '';
  category = '';
  /** -1 when unknown. */
  level = -1;
  size = 0;
  glh = 0;
  tqt = 0;
  discountCode = '';
  status = '';
  grade = '';
  scale = '';
  /** -1 when the grade is not on a scale the framework knows. */
  rank = -1;
  points = 0;
  passed = false;
  kind = '';
  hours = 0;
  strand = '';
  verified = false;
  accredited = false;

  constructor(
    readonly id: string,
    readonly source: 'results' | 'projects' | 'activities',
  ) {}

  assignGrade(scales: GradeScaleIndex, scale: string, grade: string): void {
    this.scale = scale;
    this.grade = grade;
    const standing = scales.get(scale)?.get(grade);
    if (standing) {
      this.rank = standing.rank;
      this.points = standing.points;
      this.passed = standing.passed;
    }
  }
}

export interface LearnerEvidence {
  results: EvidenceItem[];
  projects: EvidenceItem[];
  activities: EvidenceItem[];
}

/** Sort by id so that decisions never depend on the order evidence arrives in. */
function byId(items: EvidenceItem[]): EvidenceItem[] {
  for (let i = 1; i < items.length; i++) {
    const current = items[i]!;
    let j = i - 1;
    while (j >= 0 && items[j]!.id > current.id) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = current;
  }
  return items;
}

export function readEvidence(record: LearnerRecord, scales: GradeScaleIndex): LearnerEvidence {
  const results: EvidenceItem[] = new Array(record.results.length);
  for (let n = 0; n < record.results.length; n++) {
    const r = record.results[n]!;
    const q = r.qualification;
    const item = new EvidenceItem(r.id, 'results');
    item.title = q.title;
    item.type = q.type;
    item.subject = q.subject ?? '';
    item.category = q.category;
    item.level = q.level;
    item.size = q.sizeALevels ?? 0;
    item.glh = q.glh ?? 0;
    item.tqt = q.tqt ?? 0;
    item.discountCode = q.discountCode ?? '';
    item.status = r.status;
    item.assignGrade(scales, q.gradeScale, r.grade);
    results[n] = item;
  }
  const projects: EvidenceItem[] = new Array(record.projects.length);
  for (let n = 0; n < record.projects.length; n++) {
    const p = record.projects[n]!;
    const item = new EvidenceItem(p.id, 'projects');
    item.title = p.title;
    item.kind = p.kind;
    item.level = p.level ?? -1;
    item.hours = p.hours ?? 0;
    item.accredited = p.kind !== 'centre_devised';
    // An ungraded project (most centre-devised ones) counts as completed.
    if (p.grade === undefined) item.passed = true;
    else item.assignGrade(scales, p.gradeScale ?? '', p.grade);
    projects[n] = item;
  }
  const activities: EvidenceItem[] = new Array(record.activities.length);
  for (let n = 0; n < record.activities.length; n++) {
    const a = record.activities[n]!;
    const item = new EvidenceItem(a.id, 'activities');
    item.strand = a.strand;
    item.hours = a.hours;
    item.verified = a.verified;
    item.accredited = a.accreditation !== undefined && a.accreditation !== '';
    activities[n] = item;
  }
  return { results: byId(results), projects: byId(projects), activities: byId(activities) };
}
