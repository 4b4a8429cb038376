import type {
  EvidenceActivity,
  EvidenceProject,
  EvidenceResult,
  LearnerRecord,
} from '@bacc/schema';
import fc from 'fast-check';

interface Template {
  type: string;
  subjects: string[];
  scale: string;
  grades: string[];
  level: number;
  category: 'general' | 'technical';
  size?: number;
  glh: number;
}

const gcse91 = ['9', '8', '7', '6', '5', '4', '3', '2', '1', 'U'];
const templates: Template[] = [
  {
    type: 'gcse',
    subjects: ['english', 'maths', 'science', 'history', 'french'],
    scale: 'gcse_9_1',
    grades: gcse91,
    level: 2,
    category: 'general',
    glh: 120,
  },
  {
    type: 'a_level',
    subjects: ['maths', 'physics', 'history', 'art'],
    scale: 'a_level',
    grades: ['A*', 'A', 'B', 'C', 'D', 'E', 'U'],
    level: 3,
    category: 'general',
    size: 1,
    glh: 360,
  },
  {
    type: 'as_level',
    subjects: ['french', 'history', 'music'],
    scale: 'as_level',
    grades: ['A', 'B', 'C', 'D', 'E', 'U'],
    level: 3,
    category: 'general',
    size: 0.5,
    glh: 180,
  },
  {
    type: 'btec_national_diploma',
    subjects: ['engineering'],
    scale: 'btec_national_diploma',
    grades: ['D*D*', 'DM', 'PP', 'U'],
    level: 3,
    category: 'technical',
    size: 2,
    glh: 720,
  },
  {
    type: 'l2_technical',
    subjects: ['sport', 'it'],
    scale: 'technical_award',
    grades: ['L2D', 'L2P', 'L1M', 'U'],
    level: 2,
    category: 'technical',
    glh: 120,
  },
  {
    type: 'functional_skills',
    subjects: ['english', 'maths'],
    scale: 'pass_fail',
    grades: ['Pass', 'Fail'],
    level: 2,
    category: 'general',
    glh: 55,
  },
  {
    type: 'ib_hl',
    subjects: ['s1', 's2', 's3', 's4'],
    scale: 'ib_subject',
    grades: ['7', '6', '5', '4', '3', '2', '1', 'N'],
    level: 3,
    category: 'general',
    glh: 240,
  },
  {
    type: 'ib_sl',
    subjects: ['s5', 's6', 's7'],
    scale: 'ib_subject',
    grades: ['7', '6', '5', '4', '3', '2', '1'],
    level: 3,
    category: 'general',
    glh: 150,
  },
  {
    type: 'ib_tok',
    subjects: ['tok'],
    scale: 'ib_core',
    grades: ['A', 'B', 'C', 'D', 'E'],
    level: 3,
    category: 'general',
    glh: 100,
  },
  {
    type: 'ib_ee',
    subjects: ['ee'],
    scale: 'ib_core',
    grades: ['A', 'B', 'C', 'D', 'E'],
    level: 3,
    category: 'general',
    glh: 40,
  },
  {
    type: 'ib_cas',
    subjects: ['cas'],
    scale: 'ib_cas',
    grades: ['Met', 'Not met'],
    level: 3,
    category: 'general',
    glh: 150,
  },
  {
    type: 'scc_component',
    subjects: ['individual_project', 'enterprise_employability', 'global_citizenship', 'community'],
    scale: 'scc_component',
    grades: ['A*', 'A', 'B', 'C', 'Pass*', 'Pass', 'U'],
    level: 2,
    category: 'general',
    glh: 50,
  },
  {
    type: 'gcse',
    subjects: ['english_language', 'maths_numeracy', 'welsh_language', 'history'],
    scale: 'gcse_a_g',
    grades: ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'U'],
    level: 2,
    category: 'general',
    glh: 120,
  },
];
const strands = [
  'leadership_service',
  'creative_cultural',
  'physical_outdoor',
  'work_related_learning',
  'community_participation',
  'personal_development',
  'modern_language',
  'ict_computing',
  'enterprise_financial',
  'work_experience',
  'personal_challenge',
  'community_award',
];

const resultArb: fc.Arbitrary<Omit<EvidenceResult, 'id'>> = fc
  .record({
    t: fc.nat(templates.length - 1),
    s: fc.nat(10),
    g: fc.nat(10),
    provisional: fc.boolean(),
    discount: fc.boolean(),
  })
  .map(({ t, s, g, provisional, discount }) => {
    const tpl = templates[t]!;
    const subject = tpl.subjects[s % tpl.subjects.length]!;
    return {
      qualification: {
        id: `q-${tpl.type}-${subject}`,
        title: `${tpl.type} ${subject}`,
        type: tpl.type,
        subject,
        level: tpl.level,
        glh: tpl.glh,
        sizeALevels: tpl.size,
        category: tpl.category,
        discountCode: discount ? `DC-${subject}` : undefined,
        gradeScale: tpl.scale,
      },
      grade: tpl.grades[g % tpl.grades.length]!,
      status: provisional ? ('provisional' as const) : ('confirmed' as const),
    };
  });

const projectArb: fc.Arbitrary<Omit<EvidenceProject, 'id'>> = fc.oneof(
  fc.constantFrom('A*', 'A', 'B', 'C', 'E', 'U').map((grade) => ({
    title: 'EPQ',
    kind: 'epq' as const,
    level: 3,
    grade,
    gradeScale: 'epq',
    hours: 120,
  })),
  fc.integer({ min: 1, max: 3 }).map((level) => ({
    title: 'Accredited',
    kind: 'accredited' as const,
    level,
    grade: 'Pass',
    gradeScale: 'pass_fail',
  })),
  fc
    .integer({ min: 0, max: 150 })
    .map((hours) => ({ title: 'Centre devised', kind: 'centre_devised' as const, hours })),
);

export const activityArb: fc.Arbitrary<Omit<EvidenceActivity, 'id'>> = fc
  .record({
    strand: fc.constantFrom(...strands),
    hours: fc.integer({ min: 0, max: 60 }),
    verified: fc.boolean(),
    accredited: fc.boolean(),
  })
  .map(({ strand, hours, verified, accredited }) => ({
    strand,
    hours,
    verified,
    accreditation: accredited ? 'Duke of Edinburgh' : undefined,
  }));

const withIds = <T>(prefix: string, items: T[]) =>
  items.map((item, i) => ({ ...item, id: `${prefix}${i}` }));

/** Learner records mixing evidence for every fixture, with unique ids. */
export const learnerRecordArb: fc.Arbitrary<LearnerRecord> = fc
  .record({
    results: fc.array(resultArb, { maxLength: 14 }),
    projects: fc.array(projectArb, { maxLength: 2 }),
    activities: fc.array(activityArb, { maxLength: 10 }),
    misconduct: fc.boolean(),
  })
  .map(({ results, projects, activities, misconduct }) => ({
    learnerId: 'L',
    results: withIds('r', results),
    projects: withIds('p', projects),
    activities: withIds('a', activities),
    flags: misconduct ? ['academic_misconduct'] : [],
  }));

export { resultArb };
