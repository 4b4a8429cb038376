import { describe, expect, it } from 'vitest';
import { changesText, fieldChanges, fieldLabel } from './diff.ts';

describe('audit field diffs', () => {
  it('lists only the fields that changed, ignoring version bookkeeping', () => {
    const changes = fieldChanges(
      { legalGivenName: 'Ada', uln: null, version: 1, updatedAt: 'x' },
      { legalGivenName: 'Adah', uln: '1000000043', version: 2, updatedAt: 'y' },
    );
    expect(changes).toEqual([
      { field: 'legalGivenName', before: 'Ada', after: 'Adah' },
      { field: 'uln', before: null, after: '1000000043' },
    ]);
    expect(changesText(changes)).toBe('legalGivenName: Ada → Adah; uln: (none) → 1000000043');
  });

  it('shows what a creation set and what a deletion removed', () => {
    expect(fieldChanges(null, { status: 'approved', count: 3 })).toEqual([
      { field: 'status', before: null, after: 'approved' },
      { field: 'count', before: null, after: '3' },
    ]);
    expect(fieldChanges({ tags: ['a'] }, null)).toEqual([
      { field: 'tags', before: '["a"]', after: null },
    ]);
    expect(fieldChanges('old', 'new')).toEqual([{ field: 'value', before: 'old', after: 'new' }]);
  });

  it('labels fields in words', () => {
    expect(fieldLabel('legalGivenName')).toBe('Legal given name');
    expect(fieldLabel('leaving_year')).toBe('Leaving year');
  });
});
