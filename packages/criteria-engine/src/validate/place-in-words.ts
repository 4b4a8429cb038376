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
interface Named {
  id?: unknown;
  name?: unknown;
  code?: unknown;
  component?: unknown;
}
interface LooseDefinition {
  tiers?: (Named & {
    requirements?: Named[];
    failingConditions?: Named[];
    awardGrades?: Named[];
  })[];
  components?: Named[];
  pathways?: Named[];
  failingConditions?: Named[];
}
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const item = <T>(list: unknown, i: number): T | undefined =>
  Array.isArray(list) ? (list[i] as T) : undefined;

/** Where in the framework a path points, as a trust admin would say it (works on invalid input too). */
export function placeInWords(input: unknown, path: IssuePath): string {
  const def = (input && typeof input === 'object' ? input : {}) as LooseDefinition;
  const [head, second, third, fourth] = path;
  if (head === 'tiers' && typeof second === 'number') {
    const tier = item<NonNullable<LooseDefinition['tiers']>[number]>(def.tiers, second);
    const name = text(tier?.name) ? `tier "${text(tier?.name)}"` : `tier ${second + 1}`;
    if (third === 'requirements' && typeof fourth === 'number') {
      const req = item<Named>(tier?.requirements, fourth);
      const components = Array.isArray(def.components) ? def.components : [];
      const component =
        text(components.find((c) => c?.id === req?.component)?.name) ?? text(req?.component);
      return `In ${name}, the ${component ?? `requirement ${fourth + 1}`} requirement`;
    }
    if (third === 'failingConditions' && typeof fourth === 'number') {
      return `In ${name}, failing condition ${text(item<Named>(tier?.failingConditions, fourth)?.code) ?? fourth + 1}`;
    }
    if (third === 'awardGrades' && typeof fourth === 'number') {
      return `In ${name}, the award grade ${text(item<Named>(tier?.awardGrades, fourth)?.name) ?? fourth + 1}`;
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
