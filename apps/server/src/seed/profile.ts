import { IN_PROGRESS_YEAR } from './grades.ts';
import type { DemoCentre, Pathway } from './organisation.ts';
import type { Dice } from './random.ts';

/** Where a learner is deliberately left just short, so the portal has real gaps to show. */
export type NearMiss = 'strand_short' | 'hours_short' | 'maths_grade_3' | 'no_project';
const NEAR_MISSES: readonly NearMiss[] = [
  'strand_short',
  'hours_short',
  'maths_grade_3',
  'no_project',
];

/** The few traits that shape all of one learner's evidence. */
export interface LearnerProfile {
  pathway: Pathway;
  leavingYear: number;
  /** False for the cohort still in its final year: predicted grades, hours part-way. */
  finished: boolean;
  /**
   * Engaged learners usually do a project and the hours too; the rest rarely do either, so
   * the tiers spread the way a real cohort's do instead of every gap falling at random.
   */
  engaged: boolean;
  nearMiss: NearMiss | null;
}

export function drawProfile(dice: Dice, centre: DemoCentre, leavingYear: number): LearnerProfile {
  const finished = leavingYear < IN_PROGRESS_YEAR;
  return {
    pathway: dice.weighted(centre.pathwayMix),
    leavingYear,
    finished,
    engaged: dice.chance(0.78),
    // Only finished cohorts get a deliberate near miss: the current one is short anyway.
    nearMiss: finished && dice.chance(0.15) ? dice.pick(NEAR_MISSES) : null,
  };
}
