import type { LearnerRecord } from '@bacc/schema';
import type { GradeScaleIndex, GradeStanding } from './grade-scales.ts';

type Source = 'results' | 'projects' | 'activities';

/**
 * One piece of evidence in the shape every rule reads. A class whose constructor sets every
 * field in one order, so V8 keeps one hidden class for all. Items are pooled by their reader
 * and refilled for the next learner: nothing evaluation returns refers to an item (decisions
 * hold ids), so no item outlives the evaluation that read it.
 */
export class EvidenceItem {
  declare id: string;
  declare source: Source;
  declare type: string;
  declare subject: string;
  declare category: string;
  /** -1 when unknown. */
  declare level: number;
  declare size: number;
  declare glh: number;
  declare tqt: number;
  declare discountCode: string;
  /** A number equal for equal discount codes (0 for none), compared before the codes. */
  declare codeKey: number;
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
  /** Generated code's note that it has taken this item already (see generate/counted.ts). */
  declare mark: number;

  constructor(id: string, source: Source) {
    this.id = id;
    this.source = source;
    this.type = '';
    this.subject = '';
    this.category = '';
    this.level = -1;
    this.size = 0;
    this.glh = 0;
    this.tqt = 0;
    this.discountCode = '';
    this.codeKey = 0;
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
    this.mark = 0;
  }

  // Each source has its own pool, so a fill writes only the fields its source has: the others
  // keep the defaults the constructor gave them.
  fillResult(
    id: string,
    type: string,
    subject: string,
    category: string,
    level: number,
    size: number,
    glh: number,
    discountCode: string,
  ): void {
    this.id = id;
    this.type = type;
    this.subject = subject;
    this.category = category;
    this.level = level;
    this.size = size;
    this.glh = glh;
    this.discountCode = discountCode;
    this.codeKey = codeKey(discountCode);
  }

  fillProject(id: string, kind: string, level: number, hours: number): void {
    this.id = id;
    this.kind = kind;
    this.level = level;
    this.hours = hours;
    this.accredited = kind !== 'centre_devised';
  }

  fillActivity(id: string, strand: string, hours: number, verified: boolean): void {
    this.id = id;
    this.strand = strand;
    this.hours = hours;
    this.verified = verified;
  }

  /** The grade and its standing on the scale (rank -1, no points, not passed when unknown). */
  assignGrade(
    scale: string,
    grade: string,
    grades: ReadonlyMap<string, GradeStanding> | undefined,
  ): void {
    this.scale = scale;
    this.grade = grade;
    const standing = grades === undefined ? undefined : grades.get(grade);
    if (standing === undefined) {
      this.rank = -1;
      this.points = 0;
      this.passed = false;
    } else {
      this.rank = standing.rank;
      this.points = standing.points;
      this.passed = standing.passed;
    }
  }
}

/** Sort by id (stable: items with equal ids keep the order they came in). */
function sortById(items: EvidenceItem[]): void {
  for (let i = 1; i < items.length; i++) {
    const current = items[i]!;
    let j = i - 1;
    while (j >= 0 && items[j]!.id > current.id) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = current;
  }
}

/** Put every source in id order, so that decisions never depend on the order evidence arrives in. */
export function sortEvidence(evidence: LearnerEvidence): void {
  sortById(evidence.results);
  sortById(evidence.projects);
  sortById(evidence.activities);
}

export interface LearnerEvidence {
  results: EvidenceItem[];
  projects: EvidenceItem[];
  activities: EvidenceItem[];
  /**
   * Which of the record's numbers are not all whole numbers below 2^31: a NumberField bit
   * for each such field, and the bit shifted by NOT_FINITE where one is not even finite
   * (every "not whole" bit for a record with too many items for their sums to be exact).
   */
  unwhole: number;
}

/** The record's numbers an item carries (bits of LearnerEvidence.unwhole). */
export const NumberField = { size: 1, glh: 2, tqt: 4, hours: 8 } as const;
/** Shift from a field's "not whole" bit to its "not finite" bit. */
export const NOT_FINITE = 4;
const everyNumberField = 15;

/** The code's length and last character, so most different codes differ in a number. */
function codeKey(code: string): number {
  return code.length === 0 ? 0 : code.length * 65536 + code.charCodeAt(code.length - 1);
}

/** The unwhole bits for a number that is not a whole number below 2^31. */
function wholeNumber(n: number, field: number): number {
  return n - n === 0 ? field : field | (field << NOT_FINITE);
}

/**
 * The optional record fields a framework's rules read. Reading a field every record lacks
 * still costs a lookup per item, so fields no rule reads are left at their defaults.
 */
export interface EvidenceNeeds {
  status: boolean;
  tqt: boolean;
  accreditation: boolean;
}

const readsEverything: EvidenceNeeds = { status: true, tqt: true, accreditation: true };

/**
 * Reads learner records into evidence items, one record at a time, reusing its items (one
 * pool per source). The items in the lists it returns are valid until the next read.
 */
export class EvidenceReader {
  private readonly resultPool: EvidenceItem[] = [];
  private readonly projectPool: EvidenceItem[] = [];
  private readonly activityPool: EvidenceItem[] = [];
  constructor(
    private readonly scales: GradeScaleIndex,
    private readonly needs: EvidenceNeeds = readsEverything,
  ) {}

  /**
   * The record's evidence, each source in id order; with `inIdOrder` false, in the order it
   * arrived (for a caller whose result provably does not depend on it: see sortEvidence).
   */
  read(record: LearnerRecord, inIdOrder = true): LearnerEvidence {
    const { scales, needs } = this;
    // NumberField bits of the numbers read that are not whole (below 2^31), and of those
    // that are not even finite: what decides whether evidence order can matter.
    let unwhole = 0;
    // Fresh lists: setting a reused list's length costs more than a short-lived allocation.
    const results: EvidenceItem[] = [];
    const projects: EvidenceItem[] = [];
    const activities: EvidenceItem[] = [];
    const source = record.results;
    const resultPool = pooled(this.resultPool, source.length, 'results');
    // Results mostly come in runs on one scale (GCSEs, then A levels): look a scale up once a run.
    let scale: string | undefined;
    let grades: ReadonlyMap<string, GradeStanding> | undefined;
    for (let n = 0; n < source.length; n++) {
      const r = source[n]!;
      const q = r.qualification;
      // Each field of a qualification is read once: qualifications may come in many shapes,
      // and then every read is a lookup by name.
      const gradeScale = q.gradeScale;
      if (gradeScale !== scale) {
        scale = gradeScale;
        grades = scales.get(scale);
      }
      const item = resultPool[n]!;
      const size = q.sizeALevels ?? 0;
      const glh = q.glh ?? 0;
      if ((size | 0) !== size) unwhole |= wholeNumber(size, NumberField.size);
      if ((glh | 0) !== glh) unwhole |= wholeNumber(glh, NumberField.glh);
      item.fillResult(
        r.id,
        q.type,
        q.subject ?? '',
        q.category,
        q.level,
        size,
        glh,
        q.discountCode ?? '',
      );
      if (needs.tqt) {
        const tqt = q.tqt ?? 0;
        if ((tqt | 0) !== tqt) unwhole |= wholeNumber(tqt, NumberField.tqt);
        item.tqt = tqt;
      }
      if (needs.status) item.status = r.status;
      item.assignGrade(gradeScale, r.grade, grades);
      results.push(item);
    }
    const ps = record.projects;
    const projectPool = pooled(this.projectPool, ps.length, 'projects');
    for (let n = 0; n < ps.length; n++) {
      const p = ps[n]!;
      const item = projectPool[n]!;
      const hours = p.hours ?? 0;
      if ((hours | 0) !== hours) unwhole |= wholeNumber(hours, NumberField.hours);
      item.fillProject(p.id, p.kind, p.level ?? -1, hours);
      // An ungraded project (most centre-devised ones) counts as completed.
      if (p.grade === undefined) item.assignGrade('', '', passedUngraded);
      else item.assignGrade(p.gradeScale ?? '', p.grade, scales.get(p.gradeScale ?? ''));
      projects.push(item);
    }
    const as = record.activities;
    const activityPool = pooled(this.activityPool, as.length, 'activities');
    for (let n = 0; n < as.length; n++) {
      const a = as[n]!;
      const item = activityPool[n]!;
      const hours = a.hours;
      if ((hours | 0) !== hours) unwhole |= wholeNumber(hours, NumberField.hours);
      item.fillActivity(a.id, a.strand, hours, a.verified);
      if (needs.accreditation)
        item.accredited = a.accreditation !== undefined && a.accreditation !== '';
      activities.push(item);
    }
    // Sums of whole numbers below 2^31 are exact only while there are fewer than 2^22 of them.
    if (source.length + ps.length + as.length >= 1 << 22) unwhole |= everyNumberField;
    const evidence = { results, projects, activities, unwhole };
    if (inIdOrder) sortEvidence(evidence);
    return evidence;
  }
}

/** The pool, grown to at least `size` items of its source. */
function pooled(pool: EvidenceItem[], size: number, source: Source): EvidenceItem[] {
  while (pool.length < size) pool.push(new EvidenceItem('', source));
  return pool;
}

/** An ungraded project's standing: no grade, no rank or points, passed. */
const passedUngraded: ReadonlyMap<string, GradeStanding> = new Map([
  ['', { rank: -1, points: 0, passed: true }],
]);
