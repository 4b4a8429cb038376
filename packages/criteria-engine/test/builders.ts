import type {
  EvidenceActivity,
  EvidenceProject,
  EvidenceResult,
  LearnerRecord,
  RecordQualification,
} from '@bacc/schema';

type Qualification = Omit<RecordQualification, 'id' | 'title'> & { title?: string };

export function result(
  id: string,
  qualification: Qualification,
  grade: string,
  status: 'provisional' | 'confirmed' = 'confirmed',
): EvidenceResult {
  return {
    id,
    qualification: {
      id: `q-${id}`,
      title: qualification.title ?? `${qualification.type} ${qualification.subject ?? ''}`.trim(),
      ...qualification,
    },
    grade,
    status,
  };
}

export const aLevel = (id: string, subject: string, grade: string, discountCode?: string) =>
  result(
    id,
    {
      type: 'a_level',
      subject,
      level: 3,
      glh: 360,
      sizeALevels: 1,
      category: 'general',
      gradeScale: 'a_level',
      discountCode: discountCode ?? `DC-${subject}`,
    },
    grade,
  );

export const asLevel = (id: string, subject: string, grade: string) =>
  result(
    id,
    {
      type: 'as_level',
      subject,
      level: 3,
      glh: 180,
      sizeALevels: 0.5,
      category: 'general',
      gradeScale: 'as_level',
    },
    grade,
  );

export const gcse = (id: string, subject: string, grade: string, scale = 'gcse_9_1') =>
  result(
    id,
    {
      type: 'gcse',
      subject,
      level: 2,
      glh: 120,
      category: 'general',
      gradeScale: scale,
      discountCode: `GC-${subject}`,
    },
    grade,
  );

export const functionalSkills = (id: string, subject: string, level: number, grade = 'Pass') =>
  result(
    id,
    {
      type: 'functional_skills',
      subject,
      level,
      glh: 55,
      category: 'general',
      gradeScale: 'pass_fail',
    },
    grade,
  );

export const btecDiploma = (id: string, grade: string) =>
  result(
    id,
    {
      type: 'btec_national_diploma',
      subject: 'engineering',
      level: 3,
      glh: 720,
      sizeALevels: 2,
      category: 'technical',
      gradeScale: 'btec_national_diploma',
    },
    grade,
  );

export const technicalAward = (id: string, subject: string, grade: string) =>
  result(
    id,
    {
      type: 'l2_technical',
      subject,
      level: 2,
      glh: 120,
      category: 'technical',
      gradeScale: 'technical_award',
    },
    grade,
  );

export const project = (
  id: string,
  kind: EvidenceProject['kind'],
  extra: Partial<EvidenceProject> = {},
): EvidenceProject => ({
  id,
  title: `${kind} project`,
  kind,
  ...extra,
});

export const epq = (id: string, grade: string) =>
  project(id, 'epq', { level: 3, grade, gradeScale: 'epq', hours: 120 });

export const activity = (
  id: string,
  strand: string,
  hours: number,
  extra: Partial<EvidenceActivity> = {},
): EvidenceActivity => ({
  id,
  strand,
  hours,
  verified: true,
  ...extra,
});

export function learner(
  learnerId: string,
  evidence: Partial<Omit<LearnerRecord, 'learnerId'>>,
): LearnerRecord {
  return { learnerId, results: [], projects: [], activities: [], ...evidence };
}

/** 40 hours in each National Bacc strand: 120 verified hours. */
export const fullProgramme = (): EvidenceActivity[] => [
  activity('act-ls', 'leadership_service', 40),
  activity('act-cc', 'creative_cultural', 40),
  activity('act-po', 'physical_outdoor', 40),
];
