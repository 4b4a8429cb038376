import type { GradeScaleKey } from './grade-scales.ts';

export interface CatalogueEntry {
  qn: string;
  title: string;
  type: string;
  subject: string;
  level: number;
  glh: number;
  tqt: number | null;
  sizeALevels: number | null;
  category: 'general' | 'technical';
  /** Invented in the DfE style; qualifications in the same subject share one, so they count once. */
  discountCode: string | null;
  gradeScale: GradeScaleKey;
}

// [subject, title, A level QN, AS QN or null, discount code]
// biome-ignore format: one subject a line reads as a table
const GENERAL_SUBJECTS: readonly (readonly [string, string, string, string | null, string])[] = [
  ['maths', 'Mathematics', '601/4772/1', '601/4771/X', 'RB1'],
  ['further_maths', 'Further Mathematics', '601/4774/5', '601/4773/3', 'RB2'],
  ['english_literature', 'English Literature', '601/4566/9', '601/4565/7', 'QB1'],
  ['biology', 'Biology', '601/4293/0', '601/4292/9', 'RA1'],
  ['chemistry', 'Chemistry', '601/4294/2', '601/4291/7', 'RC1'],
  ['physics', 'Physics', '601/4295/4', '601/4290/5', 'RC3'],
  ['history', 'History', '601/4540/2', '601/4539/6', 'DB1'],
  ['geography', 'Geography', '601/8502/3', null, 'LB1'],
  ['psychology', 'Psychology', '601/4829/4', null, 'PK1'],
  ['sociology', 'Sociology', '601/5213/3', null, 'PL1'],
  ['business', 'Business', '601/4799/X', null, 'IA1'],
  ['computer_science', 'Computer Science', '601/4755/1', null, 'CK1'],
  ['economics', 'Economics', '601/4827/0', null, 'LA1'],
  ['art_and_design', 'Art and Design: Fine Art', '601/4597/9', null, 'JA1'],
];

const aLevels = GENERAL_SUBJECTS.map(
  ([subject, title, qn, , code]): CatalogueEntry => ({
    qn,
    title: `A level ${title}`,
    type: 'a_level',
    subject,
    level: 3,
    glh: 360,
    tqt: 360,
    sizeALevels: 1,
    category: 'general',
    discountCode: code,
    gradeScale: 'a_level',
  }),
);

const asLevels = GENERAL_SUBJECTS.flatMap(([subject, title, , qn, code]): CatalogueEntry[] =>
  qn
    ? [
        {
          qn,
          title: `AS level ${title}`,
          type: 'as_level',
          subject,
          level: 3,
          glh: 180,
          tqt: 180,
          sizeALevels: 0.4,
          category: 'general',
          discountCode: code,
          gradeScale: 'as_level',
        },
      ]
    : [],
);

const gcse = (
  qn: string,
  title: string,
  subject: string,
  discountCode: string,
): CatalogueEntry => ({
  qn,
  title: `GCSE ${title}`,
  type: 'gcse',
  subject,
  level: 2,
  glh: 130,
  tqt: 140,
  sizeALevels: null,
  category: 'general',
  discountCode,
  gradeScale: 'gcse_9_1',
});

const GCSES = [
  gcse('601/4292/6', 'English Language', 'english', 'FK2'),
  gcse('601/4606/4', 'Mathematics', 'maths', 'FM2'),
  gcse('601/4547/3', 'English Literature', 'english_literature', 'FL2'),
];

// Post-16 learners below a grade 4 may meet the English and maths condition this way.
const functionalSkills = (
  qn: string,
  title: string,
  subject: string,
  discountCode: string,
): CatalogueEntry => ({
  qn,
  title: `Functional Skills Qualification in ${title} at Level 2`,
  type: 'functional_skills',
  subject,
  level: 2,
  glh: 55,
  tqt: 55,
  sizeALevels: null,
  category: 'general',
  discountCode,
  gradeScale: 'pass_fail',
});

const FUNCTIONAL_SKILLS = [
  functionalSkills('603/5060/1', 'English', 'english', 'FSE'),
  functionalSkills('603/5066/2', 'Mathematics', 'maths', 'FSM'),
];

const PROJECTS: CatalogueEntry[] = [
  {
    qn: '601/3705/8',
    title: 'Extended Project Qualification',
    type: 'epq',
    subject: 'project',
    level: 3,
    glh: 120,
    tqt: 120,
    sizeALevels: 0.5,
    category: 'general',
    discountCode: 'EP3',
    gradeScale: 'epq',
  },
  {
    qn: '601/3706/X',
    title: 'Level 2 Higher Project Qualification',
    type: 'hpq',
    subject: 'project',
    level: 2,
    glh: 60,
    tqt: 60,
    sizeALevels: null,
    category: 'general',
    discountCode: 'EP2',
    gradeScale: 'epq',
  },
];

export const GENERAL_CATALOGUE: readonly CatalogueEntry[] = [
  ...aLevels,
  ...asLevels,
  ...GCSES,
  ...FUNCTIONAL_SKILLS,
  ...PROJECTS,
];

/** How the seed finds a catalogue entry: its type and subject. */
export const catalogueKey = (type: string, subject: string) => `${type}:${subject}`;
