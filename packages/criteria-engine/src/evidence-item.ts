import type { LearnerRecord } from '@bacc/schema';
import type { GradeScaleIndex } from './grade-scales.ts';

/** One piece of evidence in the shape every rule reads; built once per evaluation. */
export interface EvidenceItem {
  id: string;
  source: 'results' | 'projects' | 'activities';
  title: string;
  type: string;
  subject: string;
  category: string;
  /** -1 when unknown. */
  level: number;
  size: number;
  glh: number;
  tqt: number;
  discountCode: string;
  status: string;
  grade: string;
  scale: string;
  /** -1 when the grade is not on a scale the framework knows. */
  rank: number;
  points: number;
  passed: boolean;
  kind: string;
  hours: number;
  strand: string;
  verified: boolean;
  accredited: boolean;
}

export interface LearnerEvidence {
  results: EvidenceItem[];
  projects: EvidenceItem[];
  activities: EvidenceItem[];
}

function item(fields: Partial<EvidenceItem> & Pick<EvidenceItem, 'id' | 'source'>): EvidenceItem {
  // Every item gets every field, in one order, so V8 keeps one hidden class.
  return {
    id: fields.id,
    source: fields.source,
    title: fields.title ?? '',
    type: fields.type ?? '',
    subject: fields.subject ?? '',
    category: fields.category ?? '',
    level: fields.level ?? -1,
    size: fields.size ?? 0,
    glh: fields.glh ?? 0,
    tqt: fields.tqt ?? 0,
    discountCode: fields.discountCode ?? '',
    status: fields.status ?? '',
    grade: fields.grade ?? '',
    scale: fields.scale ?? '',
    rank: fields.rank ?? -1,
    points: fields.points ?? 0,
    passed: fields.passed ?? false,
    kind: fields.kind ?? '',
    hours: fields.hours ?? 0,
    strand: fields.strand ?? '',
    verified: fields.verified ?? false,
    accredited: fields.accredited ?? false,
  };
}

function graded(scales: GradeScaleIndex, scale: string, grade: string) {
  const standing = scales.get(scale)?.get(grade);
  return standing
    ? { rank: standing.rank, points: standing.points, passed: standing.passed }
    : { rank: -1, points: 0, passed: false };
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
  const results = record.results.map((r) => {
    const q = r.qualification;
    return item({
      id: r.id,
      source: 'results',
      title: q.title,
      type: q.type,
      subject: q.subject,
      category: q.category,
      level: q.level,
      size: q.sizeALevels,
      glh: q.glh,
      tqt: q.tqt,
      discountCode: q.discountCode,
      status: r.status,
      grade: r.grade,
      scale: q.gradeScale,
      ...graded(scales, q.gradeScale, r.grade),
    });
  });
  const projects = record.projects.map((p) => {
    const grading =
      p.grade !== undefined && p.gradeScale !== undefined
        ? graded(scales, p.gradeScale, p.grade)
        : { rank: -1, points: 0, passed: p.grade === undefined };
    return item({
      id: p.id,
      source: 'projects',
      title: p.title,
      kind: p.kind,
      level: p.level,
      grade: p.grade,
      scale: p.gradeScale,
      hours: p.hours,
      accredited: p.kind !== 'centre_devised',
      ...grading,
    });
  });
  const activities = record.activities.map((a) =>
    item({
      id: a.id,
      source: 'activities',
      strand: a.strand,
      hours: a.hours,
      verified: a.verified,
      accredited: a.accreditation !== undefined && a.accreditation !== '',
    }),
  );
  return { results: byId(results), projects: byId(projects), activities: byId(activities) };
}
