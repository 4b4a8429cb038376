/** A grade scale as the catalogue stores it: grades from the LOWEST to the HIGHEST. */
export interface DemoGradeScale {
  key: string;
  name: string;
  grades: readonly string[];
}

export const GRADE_SCALES = {
  a_level: { key: 'a_level', name: 'A level (A*–E)', grades: ['U', 'E', 'D', 'C', 'B', 'A', 'A*'] },
  as_level: { key: 'as_level', name: 'AS level (A–E)', grades: ['U', 'E', 'D', 'C', 'B', 'A'] },
  gcse_9_1: {
    key: 'gcse_9_1',
    name: 'GCSE (9–1)',
    grades: ['U', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  },
  // HPQ shares the EPQ's letters, so one scale serves both project qualifications.
  epq: {
    key: 'epq',
    name: 'Project qualification (A*–E)',
    grades: ['U', 'E', 'D', 'C', 'B', 'A', 'A*'],
  },
  btec_national: {
    key: 'btec_national',
    name: 'BTEC National single (P–D*)',
    grades: ['U', 'P', 'M', 'D', 'D*'],
  },
  btec_national_diploma: {
    key: 'btec_national_diploma',
    name: 'BTEC National double (PP–D*D*)',
    grades: ['U', 'PP', 'MP', 'MM', 'DM', 'DD', 'D*D', 'D*D*'],
  },
  t_level: {
    key: 't_level',
    name: 'T Level overall grade (P–D*)',
    grades: ['U', 'P', 'M', 'D', 'D*'],
  },
  pass_fail: { key: 'pass_fail', name: 'Pass or fail', grades: ['Fail', 'Pass'] },
  l2_technical: {
    key: 'l2_technical',
    name: 'Level 2 technical (Pass–Distinction)',
    grades: ['Fail', 'Pass', 'Merit', 'Distinction'],
  },
} as const satisfies Record<string, DemoGradeScale>;

export type GradeScaleKey = keyof typeof GRADE_SCALES;
