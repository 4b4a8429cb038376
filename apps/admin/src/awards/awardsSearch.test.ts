import { describe, expect, it } from 'vitest';
import { parseAwardsSearch } from './awardsSearch.ts';

describe('parseAwardsSearch', () => {
  it('keeps well-formed filters', () => {
    expect(
      parseAwardsSearch({
        centre: '0b7c5a34-1a2b-4c3d-8e9f-0123456789ab',
        status: 'revoked',
        q: '  Hart ',
        page: '3',
      }),
    ).toEqual({
      centre: '0b7c5a34-1a2b-4c3d-8e9f-0123456789ab',
      status: 'revoked',
      q: 'Hart',
      page: 3,
    });
  });
  it('drops malformed ones rather than sending them', () => {
    expect(parseAwardsSearch({ centre: 'nope', status: 'lost', q: '   ', page: '1.5' })).toEqual(
      {},
    );
    expect(parseAwardsSearch({ page: 1 })).toEqual({});
  });
});
