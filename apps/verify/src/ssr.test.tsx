import { describe, expect, it } from 'vitest';
import { parseState } from './initial-state.ts';
import { codeToLookUp, renderVerifyPage } from './ssr.tsx';
import type { VerificationState } from './useVerification.ts';

const answered: VerificationState = {
  kind: 'answered',
  code: '7K3M-9QXD-2HWP-4TNB',
  byUser: false,
  result: {
    status: 'superseded',
    award: {
      learnerName: '</script><script>alert("x")</script> & Co',
      tier: 'Advanced',
      pathway: 'Technical',
      grade: 'Merit',
      issuedOn: '2026-08-20',
      centreName: 'Northfield \u2028 School',
      revokedOn: '2026-09-01',
      revokedReason: 'Name changed',
    },
    supersededBy: { code: 'ABCD-EFGH-JKMN-PQRS' },
    components: [{ name: 'Core', met: true, measured: '3 A levels', required: '2 A levels' }],
    recordErased: false,
  },
};

const found = answered.kind === 'answered' && 'award' in answered.result ? answered.result : null;
if (!found) throw new Error('the fixture is an answered award');

describe('codeToLookUp', () => {
  it('looks up a QR link’s code or a no-JavaScript form’s, grouped as the page shows it', () => {
    expect(codeToLookUp('/v/7k3m9qxd2hwp4tnb', '')).toBe('7K3M-9QXD-2HWP-4TNB');
    expect(codeToLookUp('/', '?code=7K3M+9QXD+2HWP+4TNO')).toBe('7K3M-9QXD-2HWP-4TN0');
  });
  it('looks up nothing for malformed codes or other pages', () => {
    expect(codeToLookUp('/v/7K3M', '')).toBeNull();
    expect(codeToLookUp('/', '')).toBeNull();
    expect(codeToLookUp('/', '?code=UUUU-UUUU-UUUU-UUUU')).toBeNull();
    expect(codeToLookUp('/elsewhere', '?code=7K3M-9QXD-2HWP-4TNB')).toBeNull();
  });
});

describe('renderVerifyPage', () => {
  it('renders the answer, escaped, as the page itself renders it', () => {
    const page = renderVerifyPage('/v/7K3M-9QXD-2HWP-4TNB', '', answered);
    expect(page.html).toContain('This award has been replaced by a newer one');
    expect(page.html).toContain('href="/v/ABCD-EFGH-JKMN-PQRS"');
    expect(page.html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)');
    expect(page.html).not.toContain('<script');
    expect(page.html).toContain('value="7K3M-9QXD-2HWP-4TNB"');
    expect(page.html).toContain('Core');
  });

  it('hands over a state that cannot end its script block and reads back unchanged', () => {
    const page = renderVerifyPage('/v/7K3M-9QXD-2HWP-4TNB', '', answered);
    expect(page.state).not.toMatch(/[<>&\u2028\u2029]/);
    expect(parseState(page.state)).toEqual(answered);
  });

  it('names nobody for an award whose learner’s record was erased', () => {
    const page = renderVerifyPage('/v/7K3M-9QXD-2HWP-4TNB', '', {
      ...answered,
      result: {
        status: 'revoked',
        award: { ...found.award, learnerName: null, revokedReason: 'record erased' },
        supersededBy: null,
        components: null,
        recordErased: true,
      },
    });
    expect(page.html).toContain('This award has been revoked');
    expect(page.html).toContain('erased at the centre’s request');
    expect(page.html).not.toContain('Awarded to');
  });

  it('renders the form’s own message for a malformed QR code', () => {
    const page = renderVerifyPage('/v/7K3M-9QXD', '', { kind: 'idle' });
    expect(page.html).toContain('You entered 8');
  });
});

describe('parseState', () => {
  it('ignores a missing or broken state', () => {
    expect(parseState(null)).toBeNull();
    expect(parseState('{')).toBeNull();
    expect(parseState('{"kind":"checking"}')).toBeNull();
  });
});
