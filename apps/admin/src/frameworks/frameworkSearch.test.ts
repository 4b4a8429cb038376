import { describe, expect, it } from 'vitest';
import { getIn, pathId, setIn } from './editor/paths.ts';
import { parseDiffSearch, parseVersionSearch } from './frameworkSearch.ts';

describe('framework search params', () => {
  it('keeps only known views and well-formed version ids', () => {
    expect(parseVersionSearch({ view: 'impact' })).toEqual({ view: 'impact' });
    expect(parseVersionSearch({ view: 'nope' })).toEqual({});
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseDiffSearch({ from: id, to: 'x' })).toEqual({ from: id });
  });
});

describe('editing a definition by path', () => {
  it('sets, reads and removes values without touching the original', () => {
    const def = { tiers: [{ requirements: [{ rule: { value: 100 } }] }] };
    const next = setIn(def, ['tiers', 0, 'requirements', 0, 'rule', 'value'], 120);
    expect(getIn(next, ['tiers', 0, 'requirements', 0, 'rule', 'value'])).toBe(120);
    expect(def.tiers[0]?.requirements[0]?.rule.value).toBe(100);
    const removed = setIn(next, ['tiers', 0, 'requirements', 0], undefined);
    expect(getIn(removed, ['tiers', 0, 'requirements'])).toEqual([]);
  });

  it('names the control for a JSON path the way validation messages link to it', () => {
    expect(pathId(['tiers', 0, 'requirements', 2, 'rule', 'of', 0, 'value'])).toBe(
      'fw-tiers-0-requirements-2-rule-of-0-value',
    );
  });
});
