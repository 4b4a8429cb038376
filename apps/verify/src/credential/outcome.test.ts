import type { CredentialReport } from '@bacc/credentials/verify';
import { describe, expect, it } from 'vitest';
import { outcomeOf, parseCredentialText } from './outcome.ts';

const report = (over: Partial<CredentialReport>): CredentialReport => ({
  verified: true,
  signature: 'valid',
  structure: { valid: true, problems: [] },
  status: 'active',
  dates: 'current',
  issuer: 'did:key:z6Mk',
  summary: null,
  problems: [],
  ...over,
});

describe('parseCredentialText', () => {
  it('says why text is not a credential', () => {
    expect(parseCredentialText('  ')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/empty/),
    });
    expect(parseCredentialText('{"a":')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not JSON/),
    });
    expect(parseCredentialText('[1]')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a verifiable/),
    });
    expect(parseCredentialText('{"type":["VerifiableCredential"]}')).toMatchObject({ ok: false });
    expect(parseCredentialText(' '.repeat(1024 * 1024 + 1))).toMatchObject({ ok: false });
  });
  it('accepts a signed verifiable credential', () => {
    const text = JSON.stringify({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      proof: {},
    });
    expect(parseCredentialText(text)).toMatchObject({ ok: true });
  });
});

describe('outcomeOf', () => {
  it('reads a broken signature as a changed file, whatever else the report says', () => {
    expect(
      outcomeOf(report({ verified: false, signature: 'invalid', status: 'not_checked' })),
    ).toEqual({
      kind: 'tampered',
    });
  });
  it('tells revoked, valid and not fully checked apart', () => {
    expect(outcomeOf(report({ verified: false, status: 'revoked' })).kind).toBe('revoked');
    expect(outcomeOf(report({})).kind).toBe('valid');
    expect(outcomeOf(report({ status: 'unreachable' })).kind).toBe('doubtful');
    expect(outcomeOf(report({ verified: false, dates: 'expired' })).kind).toBe('doubtful');
  });
});
