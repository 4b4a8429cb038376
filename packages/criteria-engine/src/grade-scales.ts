import type { FrameworkDefinition } from '@bacc/schema';

export interface GradeStanding {
  /** Higher is better; the lowest grade of a scale is 0. */
  rank: number;
  points: number;
  passed: boolean;
}

export type GradeScaleIndex = ReadonlyMap<string, ReadonlyMap<string, GradeStanding>>;

/** Index every grade scale so an item's rank, points and pass are one lookup away. */
export function indexGradeScales(definition: FrameworkDefinition): GradeScaleIndex {
  const index = new Map<string, Map<string, GradeStanding>>();
  for (const [key, scale] of Object.entries(definition.gradeScales)) {
    const grades = new Map<string, GradeStanding>();
    const count = scale.grades.length;
    const lowestPassAt = scale.lowestPass
      ? scale.grades.findIndex((g) => g.grade === scale.lowestPass)
      : count - 1;
    scale.grades.forEach((g, position) => {
      grades.set(g.grade, {
        rank: count - 1 - position,
        points: g.points,
        passed: position <= lowestPassAt,
      });
    });
    index.set(key, grades);
  }
  return index;
}
