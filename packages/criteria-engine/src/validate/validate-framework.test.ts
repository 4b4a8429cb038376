import type { FrameworkDefinition } from '@bacc/schema';
import { describe, expect, it } from 'vitest';
import { compileFramework } from '../compile-framework.ts';
import { FrameworkInvalidError } from '../errors.ts';
import { frameworkFixtures, nationalBaccalaureate } from '../fixtures/index.ts';
import { validateFramework } from './validate-framework.ts';

const copy = (): FrameworkDefinition => structuredClone(nationalBaccalaureate);
const issuesOf = (def: unknown) => {
  const v = validateFramework(def);
  return v.ok ? [] : v.issues.map((i) => [i.pathText, i.message]);
};

describe('validateFramework', () => {
  it('accepts every fixture', () => {
    for (const def of Object.values(frameworkFixtures))
      expect(validateFramework(def).ok).toBe(true);
  });

  it('refuses a malformed rule with the path and a sentence', () => {
    const def = copy() as unknown as { tiers: { requirements: { rule: unknown }[] }[] };
    def.tiers[0]!.requirements[1]!.rule = {
      kind: 'compare',
      measure: { kind: 'count', of: { kind: 'evidence', from: 'results' } },
      op: 'atleast',
      value: '3',
    };
    expect(issuesOf(def)).toEqual([
      [
        '$.tiers[0].requirements[1].rule.op',
        'In tier "Advanced", the Personal Project requirement: "op" must be one of: "atLeast", "atMost", "moreThan", "lessThan", "exactly"',
      ],
      [
        '$.tiers[0].requirements[1].rule.value',
        'In tier "Advanced", the Personal Project requirement: "value" must be a number',
      ],
    ]);
  });

  it('names unknown fields and rule kinds', () => {
    const def = copy() as unknown as {
      tiers: { requirements: { rule: unknown; colour?: string }[] }[];
    };
    def.tiers[1]!.requirements[0]!.colour = 'red';
    def.tiers[1]!.requirements[1]!.rule = { kind: 'sometimes' };
    const issues = issuesOf(def);
    expect(issues).toContainEqual([
      '$.tiers[1].requirements[0]',
      'In tier "Intermediate", the Core Learning requirement: it has a field the framework language does not know: colour. Check the spelling.',
    ]);
    expect(issues.map((i) => i[0])).toContain('$.tiers[1].requirements[1].rule.kind');
  });

  it('reports unknown references: sets, measures, conditions, components, pathways, tables', () => {
    const def = copy();
    def.tiers[0]!.requirements[0]!.rule = {
      kind: 'compare',
      op: 'atLeast',
      value: 1,
      measure: { kind: 'count', of: { kind: 'set', name: 'a_levels' } },
    };
    def.tiers[0]!.requirements[1]!.component = 'core';
    def.tiers[0]!.requirements[2]!.pathways = ['vocational'];
    def.tiers[0]!.requirements[3]!.rule = { kind: 'condition', name: 'maths_and_english' };
    def.tiers[1]!.requirements[0]!.rule = {
      kind: 'compare',
      op: 'atLeast',
      value: 1,
      measure: {
        kind: 'lookup',
        table: 'ucas',
        row: { kind: 'set', name: 'a_level_passes' },
        column: { kind: 'set', name: 'a_level_passes' },
      },
    };
    def.tiers[1]!.requirements[1]!.rule = {
      kind: 'compare',
      op: 'atLeast',
      value: 1,
      measure: { kind: 'measure', name: 'hours' },
    };
    expect(issuesOf(def)).toEqual([
      [
        '$.tiers[0].requirements[1].component',
        'In tier "Advanced", the core requirement names the component "core", which is not in the framework\'s components (core_learning, personal_project, personal_development, english_maths).',
      ],
      [
        '$.tiers[0].requirements[2].pathways[0]',
        'In tier "Advanced", the Personal Development Programme requirement names the pathway "vocational", which the framework does not define.',
      ],
      [
        '$.tiers[0].requirements[0].rule.measure.of.name',
        'In tier "Advanced", the Core Learning requirement refers to the set "a_levels", which the framework does not define.',
      ],
      [
        '$.tiers[0].requirements[3].rule.name',
        'In tier "Advanced", the English and maths requirement refers to the condition "maths_and_english", which the framework does not define.',
      ],
      [
        '$.tiers[1].requirements[0].rule.measure.table',
        'In tier "Intermediate", the Core Learning requirement refers to the lookup table "ucas", which the framework does not define.',
      ],
      [
        '$.tiers[1].requirements[1].rule.measure.name',
        'In tier "Intermediate", the Personal Project requirement refers to the measure "hours", which the framework does not define.',
      ],
    ]);
  });

  it('reports grade-scale mismatches', () => {
    const def = copy();
    def.sets!.a_level_passes = {
      kind: 'evidence',
      from: 'results',
      where: { gradeAtLeast: { a_level: '4', btec: 'P' } },
    };
    def.gradeScales.a_level!.lowestPass = 'F';
    expect(issuesOf(def)).toEqual([
      [
        '$.gradeScales.a_level.lowestPass',
        'The grade scale "a_level" is "F", which is not one of this scale\'s grades.',
      ],
      [
        '$.sets.a_level_passes.where.gradeAtLeast.a_level',
        'The set "a_level_passes" uses grade "4", which is not on the A level scale (A*, A, B, C, D, E, U).',
      ],
      [
        '$.sets.a_level_passes.where.gradeAtLeast.btec',
        'The set "a_level_passes" refers to the grade scale "btec", which the framework does not define.',
      ],
    ]);
  });

  it('reports type errors: a filter or sum that the evidence cannot have', () => {
    const def = copy();
    def.sets!.level3_diplomas = {
      kind: 'evidence',
      from: 'activities',
      where: { levelAtLeast: 3 },
    };
    def.measures!.pdp_hours = {
      kind: 'sum',
      field: 'hours',
      of: { kind: 'evidence', from: 'results' },
    };
    expect(issuesOf(def)).toEqual([
      [
        '$.sets.level3_diplomas.where.levelAtLeast',
        'The set "level3_diplomas" "levelAtLeast" describes results or projects, but this rule only sees activities.',
      ],
      [
        '$.measures.pdp_hours.field',
        'The measure "pdp_hours" sums "hours", but results have no hours; it would always be 0.',
      ],
    ]);
  });

  it('reports ranking evidence by a field it does not have', () => {
    const def = copy();
    def.sets!.level3_diplomas = {
      kind: 'best',
      n: 1,
      by: 'hours',
      of: { kind: 'evidence', from: 'results' },
    };
    expect(issuesOf(def)).toEqual([
      [
        '$.sets.level3_diplomas.by',
        'The set "level3_diplomas" ranks by "hours", but results have no hours, so every item would tie.',
      ],
    ]);
  });

  it('reports unreachable tiers', () => {
    const def = copy();
    def.tiers[1]!.requirements[0]!.rule = {
      kind: 'compare',
      op: 'atLeast',
      value: 4,
      measure: {
        kind: 'count',
        of: { kind: 'best', n: 3, of: { kind: 'set', name: 'a_level_passes' } },
      },
    };
    def.tiers[2]!.requirements = [];
    expect(issuesOf(def)).toEqual([
      [
        '$.tiers[1].requirements[0].rule',
        'Tier "Intermediate" can never be awarded: no learner could meet this requirement (a threshold is above the most its measure can reach).',
      ],
      [
        '$.tiers[3]',
        'Tier "Entry" can never be awarded: the tier "Foundation" above it has no requirements, so every learner gets that instead.',
      ],
    ]);
  });

  it('reports named rules defined in terms of themselves', () => {
    const def = copy();
    def.sets!.a_level_passes = { kind: 'best', n: 3, of: { kind: 'set', name: 'best_a_levels' } };
    def.sets!.best_a_levels = { kind: 'discount', of: { kind: 'set', name: 'a_level_passes' } };
    expect(issuesOf(def).map((i) => i[1])).toContainEqual(
      'The set "a_level_passes" is defined in terms of itself (set a_level_passes → set best_a_levels → set a_level_passes), so it can never be worked out.',
    );
  });

  it('reports duplicate ids and impossible k-of-n rules', () => {
    const def = copy();
    def.tiers[1]!.id = 'advanced';
    def.conditions!.every_strand_20 = {
      kind: 'atLeastOf',
      k: 4,
      of: [{ kind: 'flag', flag: 'x' }],
    };
    expect(issuesOf(def)).toEqual([
      ['$.tiers[1]', 'In tier "Intermediate" repeats the tier id "advanced"; each must be unique.'],
      [
        '$.conditions.every_strand_20.k',
        'The condition "every_strand_20" needs 4 of only 1 parts, so it can never be met.',
      ],
    ]);
  });

  it('stops compileFramework', () => {
    const def = copy();
    def.tiers[0]!.requirements[0]!.component = 'nope';
    expect(() => compileFramework(def)).toThrow(FrameworkInvalidError);
  });
});
