import { describe, expect, it } from 'vitest';
import { auditFilter, parseAuditSearch } from './auditSearch.ts';

describe('audit search params', () => {
  it('keeps well-formed filters and drops the rest', () => {
    const actor = '0b6c9f3e-1d2a-4c3b-8e4f-5a6b7c8d9e0f';
    expect(
      parseAuditSearch({
        actor,
        action: 'learner.updated',
        from: '2026-01-01',
        to: 'soon',
        page: '2',
        x: 1,
      }),
    ).toEqual({ actor, action: 'learner.updated', from: '2026-01-01', page: 2 });
    expect(parseAuditSearch({ action: 'DROP TABLE', centre: 'nope', page: 1 })).toEqual({});
  });

  it('maps to the API’s filter names', () => {
    expect(auditFilter({ actor: 'a', centre: 'c', from: '2026-01-01' })).toEqual({
      actorUserId: 'a',
      action: undefined,
      entity: undefined,
      centreId: 'c',
      from: '2026-01-01',
      to: undefined,
    });
  });
});
