import { catalogueKey } from './catalogue.ts';
import { GCSE_SPREAD, gcseGrade, gcseResultsDay, gradeFor, resultsDay } from './grades.ts';
import type { LearnerProfile } from './profile.ts';
import type { Dice } from './random.ts';

export interface ResultPlan {
  qualification: string;
  grade: string;
  status: 'provisional' | 'confirmed';
  awardedOn: string | null;
}

export interface LearnerResults {
  results: ResultPlan[];
  /** GCSE English and maths averaged, with a little noise: how well later courses go. */
  ability: number;
}

// How often each A level is chosen, roughly as across England's sixth forms.
const A_LEVEL_POPULARITY = [
  ['maths', 10],
  ['psychology', 8],
  ['biology', 8],
  ['chemistry', 6],
  ['history', 6],
  ['english_literature', 6],
  ['sociology', 6],
  ['business', 5],
  ['geography', 4],
  ['art_and_design', 4],
  ['physics', 4],
  ['computer_science', 3],
  ['economics', 3],
] as const;
const AS_SUBJECTS = ['maths', 'english_literature', 'biology', 'chemistry', 'physics', 'history'];
const EXTENDED_CERTIFICATE_SUBJECTS = [
  'business',
  'applied_science',
  'sport',
  'information_technology',
  'health_and_social_care',
];
const DIPLOMA_SUBJECTS = ['business', 'sport', 'health_and_social_care', 'engineering'];
const T_LEVEL_SUBJECTS = ['digital', 'health', 'education_and_childcare', 'engineering'];
const LEVEL_2_SUBJECTS = [
  'construction',
  'hair_and_beauty',
  'digital',
  'sport',
  'health_and_social_care',
  'hospitality',
];

function chooseALevels(dice: Dice, count: number, avoid: readonly string[] = []): string[] {
  const chosen: string[] = [];
  while (chosen.length < count) {
    const subject = dice.weighted(A_LEVEL_POPULARITY);
    if (!chosen.includes(subject) && !avoid.includes(subject)) chosen.push(subject);
  }
  return chosen;
}

export function planResults(dice: Dice, profile: LearnerProfile): LearnerResults {
  const { pathway, leavingYear, nearMiss, finished } = profile;
  const results: ResultPlan[] = [];
  const final = (qualification: string, grade: string) =>
    results.push({
      qualification,
      grade,
      status: finished ? 'confirmed' : 'provisional',
      // Predicted grades for the current cohort carry no award date yet.
      awardedOn: finished ? resultsDay(leavingYear) : null,
    });
  const past = (qualification: string, grade: string, awardedOn: string) =>
    results.push({ qualification, grade, status: 'confirmed', awardedOn });

  const lift = profile.engaged ? 0 : -1;
  const english = gcseGrade(dice, GCSE_SPREAD[pathway], lift);
  const maths = nearMiss === 'maths_grade_3' ? '3' : gcseGrade(dice, GCSE_SPREAD[pathway], lift);
  const gcseDay = gcseResultsDay(leavingYear - 2);
  past(catalogueKey('gcse', 'english'), english, gcseDay);
  past(catalogueKey('gcse', 'maths'), maths, gcseDay);
  const ability = (Number(english) + Number(maths)) / 2 + dice.int(-1, 1) * 0.5;

  // Post-16 learners without a 4 must keep studying English and maths: a November GCSE
  // resit for a grade 3, Functional Skills below that.
  for (const [subject, grade] of [
    ['english', english],
    ['maths', maths],
  ] as const) {
    const g = Number(grade);
    if (g >= 4 || (subject === 'maths' && nearMiss === 'maths_grade_3')) continue;
    if (g === 3 && dice.chance(0.7)) {
      past(catalogueKey('gcse', subject), dice.chance(0.5) ? '4' : '3', `${leavingYear - 1}-01-11`);
    } else if (g < 3 && (pathway === 'level_2' || dice.chance(0.5))) {
      past(
        catalogueKey('functional_skills', subject),
        dice.chance(0.7) ? 'Pass' : 'Fail',
        `${leavingYear - 1}-07-${dice.int(10, 28)}`,
      );
    }
  }

  if (pathway === 'a_levels') {
    const subjects = chooseALevels(dice, dice.chance(0.3) ? 4 : 3);
    // Strong mathematicians often make Further Maths their fourth subject.
    if (subjects.length === 4 && subjects.includes('maths') && ability >= 7 && dice.chance(0.5)) {
      subjects[subjects.indexOf('maths') === 3 ? 2 : 3] = 'further_maths';
    }
    for (const s of subjects) final(catalogueKey('a_level', s), gradeFor(dice, 'a_level', ability));
    // Some dropped a fourth subject after Year 12 and kept the AS.
    const dropped = AS_SUBJECTS.filter((s) => !subjects.includes(s));
    if (subjects.length === 3 && dice.chance(0.2)) {
      past(
        catalogueKey('as_level', dice.pick(dropped)),
        gradeFor(dice, 'as_level', ability),
        resultsDay(leavingYear - 1),
      );
    }
  } else if (pathway === 'technical') {
    if (dice.chance(0.5)) {
      final(
        catalogueKey('btec_national_diploma', dice.pick(DIPLOMA_SUBJECTS)),
        gradeFor(dice, 'btec_national_diploma', ability, 1),
      );
      if (dice.chance(0.3)) {
        const subject = dice.pick(['psychology', 'sociology', 'biology']);
        final(catalogueKey('a_level', subject), gradeFor(dice, 'a_level', ability));
      }
    } else {
      final(
        catalogueKey('t_level', dice.pick(T_LEVEL_SUBJECTS)),
        gradeFor(dice, 't_level', ability, 0.5),
      );
    }
  } else if (pathway === 'mixed') {
    // Now and then a learner takes Business both ways: the shared discount code counts it once.
    const clash = dice.chance(0.15);
    const certificate = clash ? 'business' : dice.pick(EXTENDED_CERTIFICATE_SUBJECTS);
    const subjects = clash
      ? ['business', ...chooseALevels(dice, 1, ['business'])]
      : chooseALevels(dice, 2, [certificate]);
    for (const s of subjects) final(catalogueKey('a_level', s), gradeFor(dice, 'a_level', ability));
    final(
      catalogueKey('btec_national_extended_certificate', certificate),
      gradeFor(dice, 'btec_national', ability, 0.5),
    );
  } else {
    final(
      catalogueKey('l2_technical', dice.pick(LEVEL_2_SUBJECTS)),
      gradeFor(dice, 'l2_technical', ability, 0.8),
    );
  }
  return { results, ability };
}
