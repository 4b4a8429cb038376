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

  constructor(id: string, source: Source) {
    this.refill(id, source);
  }

  /** Every field back to its default (plain assignments: no class-field initialisers). */
  refill(id: string, source: Source): void {
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

  assignGrade(
    scale: string,
    grade: string,
    grades: ReadonlyMap<string, GradeStanding> | undefined,
  ): void {
    this.scale = scale;
    this.grade = grade;
    const standing = grades?.get(grade);
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
 * Reads learner records into evidence items, one record at a time, reusing its items and
 * lists: reading a cohort allocates almost nothing. The lists it returns are valid until
 * the next read.
 */
export class EvidenceReader {
  private readonly pool: EvidenceItem[] = [];
  private used = 0;
  private readonly results: EvidenceItem[] = [];
  private readonly projects: EvidenceItem[] = [];
  private readonly activities: EvidenceItem[] = [];
  private readonly evidence: LearnerEvidence = {
    results: this.results,
    projects: this.projects,
    activities: this.activities,
  };

  constructor(
    private readonly scales: GradeScaleIndex,
    private readonly needs: EvidenceNeeds = readsEverything,
  ) {}

  private item(id: string, source: Source): EvidenceItem {
    const n = this.used++;
    if (n < this.pool.length) {
      const item = this.pool[n]!;
      item.refill(id, source);
      return item;
    }
    const item = new EvidenceItem(id, source);
    this.pool.push(item);
    return item;
  }

  read(record: LearnerRecord): LearnerEvidence {
    this.used = 0;
    const { scales, needs, results, projects, activities } = this;
    results.length = 0;
    projects.length = 0;
    activities.length = 0;
    const source = record.results;
    // Results mostly come in runs on one scale (GCSEs, then A levels): look a scale up once a run.
    let scale: string | undefined;
    let grades: ReadonlyMap<string, GradeStanding> | undefined;
    for (let n = 0; n < source.length; n++) {
      const r = source[n]!;
      const q = r.qualification;
      if (q.gradeScale !== scale) {
        scale = q.gradeScale;
        grades = scales.get(scale);
      }
      const item = this.item(r.id, 'results');
      item.type = q.type;
      item.subject = q.subject ?? '';
      item.category = q.category;
      item.level = q.level;
      item.size = q.sizeALevels ?? 0;
      item.glh = q.glh ?? 0;
      if (needs.tqt) item.tqt = q.tqt ?? 0;
      item.discountCode = q.discountCode ?? '';
      if (needs.status) item.status = r.status;
      item.assignGrade(q.gradeScale, r.grade, grades);
      results.push(item);
    }
    for (let n = 0; n < record.projects.length; n++) {
      const p = record.projects[n]!;
      const item = this.item(p.id, 'projects');
      item.kind = p.kind;
      item.level = p.level ?? -1;
      item.hours = p.hours ?? 0;
      item.accredited = p.kind !== 'centre_devised';
      // An ungraded project (most centre-devised ones) counts as completed.
      if (p.grade === undefined) item.passed = true;
      else item.assignGrade(p.gradeScale ?? '', p.grade, scales.get(p.gradeScale ?? ''));
      projects.push(item);
    }
    for (let n = 0; n < record.activities.length; n++) {
      const a = record.activities[n]!;
      const item = this.item(a.id, 'activities');
      item.strand = a.strand;
      item.hours = a.hours;
      item.verified = a.verified;
      if (needs.accreditation)
        item.accredited = a.accreditation !== undefined && a.accreditation !== '';
      activities.push(item);
    }
    byId(results);
    byId(projects);
    byId(activities);
    return this.evidence;
  }
}
