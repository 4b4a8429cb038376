import type { FrameworkDefinition } from '@bacc/schema';
import type { IssuePath } from './issues.ts';

const collections: Record<string, string> = {
  sets: 'set',
  measures: 'measure',
  conditions: 'condition',
  gradeScales: 'grade scale',
  pointsTables: 'points table',
  lookupTables: 'lookup table',
};

/** Where in the framework a path points, as a trust admin would say it. */
export function placeInWords(def: FrameworkDefinition, path: IssuePath): string {
  const [head, second, third, fourth] = path;
  if (head === 'tiers' && typeof second === 'number') {
    const tier = def.tiers[second];
    const name = tier ? `tier "${tier.name}"` : `tier ${second + 1}`;
    if (third === 'requirements' && typeof fourth === 'number') {
      const req = tier?.requirements[fourth];
      const component = def.components.find((c) => c.id === req?.component)?.name ?? req?.component;
      return `In ${name}, the ${component ?? `requirement ${fourth + 1}`} requirement`;
    }
    if (third === 'failingConditions' && typeof fourth === 'number') {
      return `In ${name}, failing condition ${tier?.failingConditions?.[fourth]?.code ?? fourth + 1}`;
    }
    if (third === 'awardGrades' && typeof fourth === 'number') {
      return `In ${name}, the award grade ${tier?.awardGrades?.[fourth]?.name ?? fourth + 1}`;
    }
    return `In ${name}`;
  }
  if (typeof head === 'string' && head in collections && second !== undefined)
    return `The ${collections[head]} "${second}"`;
  if (head === 'pathways' && typeof second === 'number')
    return `The pathway "${def.pathways?.[second]?.name ?? second + 1}"`;
  if (head === 'failingConditions' && typeof second === 'number') {
    return `Failing condition ${def.failingConditions?.[second]?.code ?? second + 1}`;
  }
  if (head === 'components' && typeof second === 'number') return `Component ${second + 1}`;
  if (head === 'score') return 'The score';
  return 'The framework';
}
