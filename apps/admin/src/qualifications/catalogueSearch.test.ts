import { describe, expect, it } from 'vitest';
import { describeSize, parseCatalogueSearch, typeLabel } from './catalogueSearch.ts';

describe('parseCatalogueSearch', () => {
  it('keeps valid filters and drops the rest', () => {
    expect(
      parseCatalogueSearch({ q: ' chem ', type: 'a_level', level: '3', category: 'general' }),
    ).toEqual({
      q: 'chem',
      type: 'a_level',
      level: 3,
      category: 'general',
    });
    expect(parseCatalogueSearch({ type: 'A LEVEL', level: '12', category: 'other' })).toEqual({});
  });
});

describe('describeSize', () => {
  it('names every size measure it has', () => {
    expect(describeSize({ sizeALevels: 1, glh: 360, tqt: null })).toBe('1 A level · 360 GLH');
    expect(describeSize({ sizeALevels: null, glh: null, tqt: null })).toBe('Not recorded');
  });
  it('turns a type key into words', () => {
    expect(typeLabel('btec_national')).toBe('Btec national');
  });
});
