import { describe, expect, it } from 'vitest';
import { actionWords, fieldWords, parseAuditSearch, valueWords } from './auditSearch.ts';

describe('activity log words', () => {
  it('keeps only well-formed filters', () => {
    expect(
      parseAuditSearch({
        learner: '4f1c1a52-5d5e-4b7e-9a53-0d2c9b3c1e11',
        action: 'learner.updated',
        page: '2',
      }),
    ).toEqual({
      learner: '4f1c1a52-5d5e-4b7e-9a53-0d2c9b3c1e11',
      action: 'learner.updated',
      page: 2,
    });
    expect(parseAuditSearch({ learner: 'x', action: 'DROP', page: '0' })).toEqual({});
  });
  it('reads actions, fields and values as words', () => {
    expect(actionWords('destination.created')).toBe('Destination created');
    expect(fieldWords('legalFamilyName')).toBe('legal family name');
    expect(valueWords(null)).toBe('(none)');
    expect(valueWords(true)).toBe('yes');
  });
});
