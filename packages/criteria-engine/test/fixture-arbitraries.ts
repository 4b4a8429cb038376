import type { EvidenceActivity, EvidenceResult, LearnerRecord } from '@bacc/schema';
import fc from 'fast-check';
import { generateRecord, seeded } from '../bench/generate-records.ts';
import { activity, aLevel, asLevel, epq, gcse, learner, project, result } from './builders.ts';

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** Grades skewed towards the top, so that many generated learners earn awards. */
const skewed = (best: readonly string[], rest: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: pick(best) }, { weight: 1, arbitrary: pick(rest) });

const nationalBacc = fc.integer().map((seed) => generateRecord(0, seeded(seed)));

const ib = fc
  .record({
    hl: fc.array(skewed(['7', '6', '5', '4'], ['3', '2', '1', 'N']), {
      minLength: 3,
      maxLength: 4,
    }),
    sl: fc.array(skewed(['7', '6', '5', '4', '3'], ['2', '1']), { minLength: 2, maxLength: 3 }),
    tok: skewed(['A', 'B', 'C', 'D'], ['E', 'N']),
    ee: skewed(['A', 'B', 'C', 'D'], ['E', 'N']),
    cas: skewed(['Met'], ['Not met']),
    misconduct: fc.boolean(),
  })
  .map(({ hl, sl, tok, ee, cas, misconduct }): LearnerRecord => {
    const subject = (type: string, grade: string, i: number) =>
      result(
        `${type}${i}`,
        { type, subject: `${type}${i}`, level: 3, category: 'general', gradeScale: 'ib_subject' },
        grade,
      );
    const core = (type: string, grade: string, scale: string) =>
      result(type, { type, level: 3, category: 'general', gradeScale: scale }, grade);
    return learner('IB', {
      results: [
        ...hl.map((g, i) => subject('ib_hl', g, i)),
        ...sl.slice(0, 6 - hl.length).map((g, i) => subject('ib_sl', g, i)),
        core('ib_tok', tok, 'ib_core'),
        core('ib_ee', ee, 'ib_core'),
        core('ib_cas', cas, 'ib_cas'),
      ],
      flags: misconduct && hl[0] === '7' ? ['academic_misconduct'] : [],
    });
  });

const aqaAreas = [
  'work_related_learning',
  'community_participation',
  'personal_development',
] as const;
const hoursArb = fc.array(
  fc.record({ area: pick(aqaAreas), hours: fc.integer({ min: 5, max: 60 }) }),
  { minLength: 1, maxLength: 5 },
);
const aqa = fc
  .record({
    aLevels: fc.array(
      fc.record({
        subject: pick(['maths', 'physics', 'history', 'art', 'biology']),
        grade: skewed(['A*', 'A', 'B', 'C'], ['D', 'E', 'U']),
      }),
      { minLength: 2, maxLength: 4 },
    ),
    as: fc.array(
      fc.record({
        subject: pick(['french', 'history', 'music']),
        grade: skewed(['A', 'B', 'C'], ['D', 'E', 'U']),
      }),
      { maxLength: 2 },
    ),
    epq: fc.option(skewed(['A*', 'A', 'B', 'C'], ['D', 'E', 'U'])),
    hours: hoursArb,
  })
  .map(({ aLevels, as, epq: epqGrade, hours }) =>
    learner('AQA', {
      results: [
        ...aLevels.map((a, i) => aLevel(`a${i}`, a.subject, a.grade)),
        ...as.map((a, i) => asLevel(`s${i}`, a.subject, a.grade)),
      ],
      projects: epqGrade === null ? [] : [epq('p', epqGrade)],
      activities: hours.map((h, i) => activity(`e${i}`, h.area, h.hours)),
    }),
  );

const sccComponents = [
  'individual_project',
  'enterprise_employability',
  'global_citizenship',
  'community',
];
const welshGrades = ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'U'];
const welsh = fc
  .record({
    scc: fc.array(skewed(['A*', 'A', 'B', 'C', 'Pass*', 'Pass'], ['U']), {
      minLength: 4,
      maxLength: 4,
    }),
    literacy: pick(welshGrades),
    numeracy: pick(welshGrades),
    others: fc.array(pick(welshGrades), { maxLength: 5 }),
    equivalents: fc.nat(3),
  })
  .map(({ scc, literacy, numeracy, others, equivalents }) => {
    const results: EvidenceResult[] = scc.map((g, i) =>
      result(
        `scc${i}`,
        {
          type: 'scc_component',
          subject: sccComponents[i]!,
          level: 2,
          category: 'general',
          gradeScale: 'scc_component',
        },
        g,
      ),
    );
    results.push(
      gcse('lit', 'english_language', literacy, 'gcse_a_g'),
      gcse('num', 'maths_numeracy', numeracy, 'gcse_a_g'),
    );
    for (const [i, g] of others.entries())
      results.push(gcse(`g${i}`, `subject${i}`, g, 'gcse_a_g'));
    for (let i = 0; i < equivalents; i++)
      results.push(
        result(
          `x${i}`,
          {
            type: 'btec_first',
            subject: `vocational${i}`,
            level: 2,
            category: 'technical',
            gradeScale: 'level2',
          },
          'Pass',
        ),
      );
    return learner('W', { results });
  });

const modbacAreas = [
  'modern_language',
  'ict_computing',
  'enterprise_financial',
  'work_experience',
  'personal_challenge',
  'community_award',
];
const modbac = fc
  .record({
    grades: fc.array(skewed(['9', '8', '7', '6', '5', '4'], ['3', '2', '1', 'U']), {
      minLength: 6,
      maxLength: 10,
    }),
    areas: fc.subarray(modbacAreas),
    accredited: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    project: fc.option(pick(['epq', 'centre_devised'] as const)),
  })
  .map(({ grades, areas, accredited, project: kind }) => {
    const subjects = [
      'english',
      'maths',
      'science',
      'history',
      'french',
      'art',
      'music',
      'geography',
      'drama',
      'computing',
    ];
    const activities: EvidenceActivity[] = areas.map((a, i) =>
      activity(`h${i}`, a, 10, accredited[i] ? { accreditation: 'ASDAN' } : {}),
    );
    return learner('M', {
      results: grades.map((g, i) => gcse(`g${i}`, subjects[i]!, g)),
      activities,
      projects:
        kind === null
          ? []
          : kind === 'epq'
            ? [epq('p', 'B')]
            : [project('p', 'centre_devised', { hours: 30 })],
    });
  });

/** For each fixture, records shaped like its learners, so properties see every tier. */
export const fixtureRecordArbs: Record<string, fc.Arbitrary<LearnerRecord>> = {
  national_bacc_england: nationalBacc,
  ib_diploma: ib,
  aqa_bacc: aqa,
  welsh_bacc_ks4: welsh,
  modbac,
};
