import type {
  EvidenceActivity,
  EvidenceProject,
  EvidenceResult,
  LearnerRecord,
} from '../framework/learner-record.ts';

/** A result row with its qualification's catalogue facts, as the record query reads it. */
export interface ResultRow {
  id: string;
  learnerId: string;
  grade: string;
  status: 'provisional' | 'confirmed';
  qualificationId: string;
  qn: string | null;
  title: string;
  type: string;
  subject: string | null;
  level: number;
  glh: number | null;
  tqt: number | null;
  sizeALevels: number | null;
  category: 'general' | 'technical';
  discountCode: string | null;
  gradeScale: string;
}

export interface ProjectRow {
  id: string;
  learnerId: string;
  title: string;
  kind: 'epq' | 'accredited' | 'centre_devised';
  grade: string | null;
  hours: number | null;
  level: number | null;
  gradeScale: string | null;
  glh: number | null;
}

export interface ActivityRow {
  id: string;
  learnerId: string;
  strand: string;
  hours: number;
  startedOn: string | null;
  endedOn: string | null;
  verifiedBy: string | null;
}

const defined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

export function resultEvidence(r: ResultRow): EvidenceResult {
  return {
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
  };
}

export function projectEvidence(p: ProjectRow): EvidenceProject {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    level: defined(p.level),
    grade: defined(p.grade),
    gradeScale: defined(p.gradeScale),
    // A centre-devised project is sized by its hours; an accredited one by its guided hours.
    hours: defined(p.hours ?? p.glh),
  };
}

export function activityEvidence(a: ActivityRow): EvidenceActivity {
  return {
    id: a.id,
    strand: a.strand,
    hours: a.hours,
    startedOn: defined(a.startedOn),
    endedOn: defined(a.endedOn),
    // Only hours someone has vouched for count towards the award.
    verified: a.verifiedBy !== null,
  };
}

/**
 * One learner's evidence as the criteria engine reads it. Pure and browser-safe: the server
 * decides with it and the portal rebuilds the same record to show live progress and what-ifs.
 */
export function toLearnerRecord(
  learnerId: string,
  rows: {
    results: readonly ResultRow[];
    projects: readonly ProjectRow[];
    activities: readonly ActivityRow[];
  },
): LearnerRecord {
  return {
    learnerId,
    results: rows.results.map(resultEvidence),
    projects: rows.projects.map(projectEvidence),
    activities: rows.activities.map(activityEvidence),
  };
}
