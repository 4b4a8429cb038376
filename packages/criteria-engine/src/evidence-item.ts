import type { LearnerRecord } from '@bacc/schema';
import type { GradeScaleIndex } from './grade-scales.ts';

/**
 * One piece of evidence in the shape every rule reads; built once per evaluation. A class
 * whose constructor sets every field in one order, so V8 keeps one hidden class for all.
 */
export class EvidenceItem {
  declare readonly id: string;
  declare readonly source: 'results' | 'projects' | 'activities';
  declare title: string;
  declare type: string;
  declare subject: string;
  declare category: string;
  /** -1 when unknown. */
  declare level: number;
  declare size: number;
  declare glh: number;
  declare tqt: number;
  declare discountCode: string;
  declare status: string;
  declare grade: string;
  declare scale: string;
  /** -1 when the grade is not on a scale the framework knows. */
  declare rank: number;
  declare points: number;
  declare passed: boolean;
  declare kind: string;
  declare hours: number;
  declare strand: string;
  declare verified: boolean;
  declare accredited: boolean;

  constructor(id: string, source: 'results' | 'projects' | 'activities') {
    // Plain assignments (no class-field initialisers): the cheapest way V8 builds an object.
    this.id = id;
    this.source = source;
    this.title = '';
    this.type = '';
    this.subject = '';
    this.category = '';
    this.level = -1;
    this.size = 0;
    this.glh = 0;
    this.tqt = 0;
    this.discountCode = '';
    this.status = '';
    this.grade = '';
    this.scale = '';
    this.rank = -1;
    this.points = 0;
    this.passed = false;
    this.kind = '';
    this.hours = 0;
    this.strand = '';
    this.verified = false;
    this.accredited = false;
  }

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
