import { ACTIVITY_DESCRIPTIONS, type Strand } from './activity-descriptions.ts';
import type { LearnerProfile } from './profile.ts';
import type { Dice } from './random.ts';

export interface ActivityPlan {
  strand: Strand;
  hours: number;
  startedOn: string;
  endedOn: string;
  description: string;
}

const STRANDS: readonly Strand[] = ['leadership_service', 'creative_cultural', 'physical_outdoor'];
// Illustrative guide numbers the near misses are built around (the framework holds the real
// ones): 100 hours over two years, at least 20 in each strand.
const HOURS_GUIDE = 100;
const STRAND_GUIDE = 20;
const DAY = 86_400_000;

/** `total` hours over the three strands, each getting at least `floor`. */
function splitHours(dice: Dice, total: number, floor: number): number[] {
  const spare = total - floor * STRANDS.length;
  const weights = STRANDS.map(() => dice.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => floor + Math.floor((spare * w) / sum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function hoursPerStrand(dice: Dice, profile: LearnerProfile): number[] {
  if (!profile.finished) {
    return splitHours(dice, profile.engaged ? dice.int(50, 95) : dice.int(30, 60), 0);
  }
  if (profile.nearMiss === 'strand_short') {
    const hours = STRANDS.map(() => dice.int(45, 65));
    hours[dice.int(0, 2)] = STRAND_GUIDE - 8;
    return hours;
  }
  if (profile.nearMiss === 'hours_short') {
    return splitHours(dice, HOURS_GUIDE - 8, STRAND_GUIDE + 2);
  }
  const [least, most] = dice.weighted<readonly [number, number]>(
    profile.engaged
      ? [
          [[100, 160], 86],
          [[161, 180], 12],
          [[35, 85], 2],
        ]
      : [
          [[35, 85], 55],
          [[100, 130], 45],
        ],
  );
  const total = dice.int(least, most);
  return splitHours(dice, total, total >= HOURS_GUIDE ? STRAND_GUIDE + 2 : 5);
}

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Activities across the two years before leaving; the current cohort is part-way through. */
export function planActivities(dice: Dice, profile: LearnerProfile): ActivityPlan[] {
  const { leavingYear, finished } = profile;
  const windowStart = `${leavingYear - 2}-09-01`;
  const windowEnd = finished ? `${leavingYear}-07-15` : `${leavingYear - 1}-10-31`;
  const windowDays = (Date.parse(windowEnd) - Date.parse(windowStart)) / DAY;
  const activities: ActivityPlan[] = [];
  const strandHours = hoursPerStrand(dice, profile);
  STRANDS.forEach((strand, i) => {
    let remaining = strandHours[i]!;
    const choices = dice.sample(ACTIVITY_DESCRIPTIONS[strand], 12);
    for (const [description, oneOff] of choices) {
      if (remaining < 2) break;
      let hours =
        remaining <= 40 && (remaining <= 12 || dice.chance(0.35))
          ? remaining
          : dice.int(4, Math.min(30, remaining - 2));
      if (remaining - hours < 2) hours = remaining;
      remaining -= hours;
      const span = Math.min(windowDays, oneOff ? dice.int(0, 4) : hours * dice.int(3, 7));
      const startedOn = dateAfter(windowStart, dice.int(0, windowDays - span));
      activities.push({
        strand,
        hours,
        startedOn,
        endedOn: dateAfter(startedOn, span),
        description,
      });
    }
  });
  return activities;
}
