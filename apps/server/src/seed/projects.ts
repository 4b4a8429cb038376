import { CENTRE_DEVISED_TITLES, EPQ_TITLES, HPQ_TITLES } from './activity-descriptions.ts';
import { catalogueKey } from './catalogue.ts';
import { gradeFor } from './grades.ts';
import type { Pathway } from './organisation.ts';
import type { LearnerProfile } from './profile.ts';
import type { Dice } from './random.ts';

export interface ProjectPlan {
  title: string;
  kind: 'epq' | 'accredited' | 'centre_devised';
  qualification: string | null;
  grade: string | null;
  /** Only centre-devised projects record hours: nothing else sizes them. */
  hours: number | null;
}

// Which project each pathway's learners take when they do one.
// biome-ignore format: one pathway a line reads as a table
const PROJECT_KINDS: Record<Pathway, readonly (readonly [ProjectPlan['kind'], number])[]> = {
  a_levels: [['epq', 53], ['centre_devised', 47]],
  technical: [['epq', 5], ['centre_devised', 95]],
  mixed: [['epq', 35], ['centre_devised', 65]],
  level_2: [['accredited', 58], ['centre_devised', 42]],
};

/** About 70% of learners do a project: nearly every engaged learner and a few of the rest. */
export function planProject(
  dice: Dice,
  profile: LearnerProfile,
  ability: number,
): ProjectPlan | null {
  const doesOne = dice.chance(profile.engaged ? 0.88 : 0.2);
  const kind = dice.weighted(PROJECT_KINDS[profile.pathway]);
  if (!doesOne || profile.nearMiss === 'no_project') return null;
  if (kind === 'centre_devised') {
    // Level 3 learners aim at the 120-hour project, Level 2 at 60; this year's are part-way.
    const target = profile.pathway === 'level_2' ? 60 : 120;
    const share = profile.finished ? 0.95 + dice.int(0, 30) / 100 : 0.35 + dice.int(0, 40) / 100;
    const hours = Math.round(target * share);
    return {
      title: dice.pick(CENTRE_DEVISED_TITLES),
      kind,
      qualification: null,
      grade: null,
      hours,
    };
  }
  // The current cohort's projects are still being written, so not yet graded.
  const graded = profile.finished;
  if (kind === 'epq') {
    return {
      title: dice.pick(EPQ_TITLES),
      kind,
      qualification: catalogueKey('epq', 'project'),
      grade: graded ? gradeFor(dice, 'epq', ability, 0.5) : null,
      hours: null,
    };
  }
  return {
    title: dice.pick(HPQ_TITLES),
    kind,
    qualification: catalogueKey('hpq', 'project'),
    grade: graded ? gradeFor(dice, 'epq', ability, 1.3) : null,
    hours: null,
  };
}
