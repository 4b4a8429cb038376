import type { FrameworkDefinition } from '@bacc/schema';

/** The smallest framework the engine accepts: one tier, one component, pass or fail. */
export function blankFramework(name: string): FrameworkDefinition {
  const id =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '') || 'framework';
  return {
    id,
    version: '1',
    name,
    gradeScales: {
      pass_fail: {
        label: 'Pass or fail',
        grades: [
          { grade: 'Pass', points: 1 },
          { grade: 'Fail', points: 0 },
        ],
        lowestPass: 'Pass',
      },
    },
    components: [{ id: 'core', name: 'Core' }],
    tiers: [
      {
        id: 'award',
        name: 'Award',
        requirements: [
          {
            component: 'core',
            rule: {
              kind: 'compare',
              label: 'results passed',
              op: 'atLeast',
              value: 1,
              measure: {
                kind: 'count',
                of: { kind: 'evidence', from: 'results', where: { passed: true } },
              },
            },
          },
        ],
      },
    ],
  };
}
