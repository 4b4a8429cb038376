import { GRADE_SCALES, type GradeScaleKey } from './grade-scales.ts';
import type { Dice } from './random.ts';

/** The cohort still in its final year when the demo is seeded: results are predictions. */
export const IN_PROGRESS_YEAR = 2027;

/** A level, BTEC and T Level results day: the Thursday falling between 10 and 16 August. */
export function resultsDay(year: number): string {
  const august10 = new Date(Date.UTC(year, 7, 10));
  const toThursday = (4 - august10.getUTCDay() + 7) % 7;
  return new Date(august10.getTime() + toThursday * 86_400_000).toISOString().slice(0, 10);
}

/** GCSE results come a week after A levels. */
export function gcseResultsDay(year: number): string {
  const day = new Date(`${resultsDay(year)}T00:00:00Z`);
  return new Date(day.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
}

// The lowest passing grade on each scale; everything below it is a fail or U.
const LOWEST_PASS: Record<GradeScaleKey, string> = {
  a_level: 'E',
  as_level: 'E',
  gcse_9_1: '4',
  epq: 'E',
  btec_national: 'P',
  btec_national_diploma: 'PP',
  t_level: 'P',
  pass_fail: 'Pass',
  l2_technical: 'Pass',
};

/**
 * A grade on `scale` for a learner whose attainment is `ability` on the GCSE 1-9 line: 3 maps
 * to the lowest pass and 9 to the top grade, with a step of luck either way. `lift` moves
 * the whole line, for qualifications where grades run high (BTEC) or low.
 */
export function gradeFor(dice: Dice, scale: GradeScaleKey, ability: number, lift = 0): string {
  const grades: readonly string[] = GRADE_SCALES[scale].grades;
  const top = grades.length - 1;
  const lowestPass = grades.indexOf(LOWEST_PASS[scale]);
  const expected = lowestPass + ((ability - 3) * (top - lowestPass)) / 6 + lift;
  const luck = dice.weighted([
    [-1, 1],
    [0, 2],
    [1, 1],
  ] as const);
  const index = Math.min(top, Math.max(0, Math.round(expected) + luck));
  return grades[index]!;
}

/**
 * GCSE grade from a weighted spread, so about seven in ten reach a 4 across the demo; `lift`
 * moves it, since learners who engage with everything tend to do better in exams too.
 */
export function gcseGrade(
  dice: Dice,
  spread: readonly (readonly [number, number])[],
  lift = 0,
): string {
  return String(Math.min(9, Math.max(1, dice.weighted(spread) + lift)));
}

/** How GCSE English and maths grades fall for learners who later chose each pathway. */
export const GCSE_SPREAD = {
  a_levels: [
    [3, 8],
    [4, 12],
    [5, 18],
    [6, 22],
    [7, 20],
    [8, 12],
    [9, 8],
  ],
  technical: [
    [2, 6],
    [3, 26],
    [4, 30],
    [5, 23],
    [6, 10],
    [7, 5],
  ],
  mixed: [
    [3, 10],
    [4, 25],
    [5, 30],
    [6, 22],
    [7, 10],
    [8, 3],
  ],
  level_2: [
    [1, 10],
    [2, 25],
    [3, 40],
    [4, 18],
    [5, 7],
  ],
} as const;
