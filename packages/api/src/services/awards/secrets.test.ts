import { describe, expect, it } from 'vitest';
import { testSecrets } from '../../context.ts';
import { awardVerificationCode, openSealed, sealSecret } from './secrets.ts';

const other = { key: new Uint8Array(32).fill(9) };

describe('server secrets', () => {
  it('seals an issuer key so only the same server secret and row can open it', () => {
    const sealed = sealSecret(testSecrets, 'z3u2secret', 'z6MkPublic');
    expect(sealed).not.toContain('z3u2secret');
    expect(sealSecret(testSecrets, 'z3u2secret', 'z6MkPublic')).not.toBe(sealed);
    expect(openSealed(testSecrets, sealed, 'z6MkPublic')).toBe('z3u2secret');
    expect(() => openSealed(other, sealed, 'z6MkPublic')).toThrow(/BACC_SECRET_KEY/);
    expect(() => openSealed(testSecrets, sealed, 'z6MkAnother')).toThrow(/cannot be opened/);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0]! ^= 1;
    parts[3] = body.toString('base64url');
    expect(() => openSealed(testSecrets, parts.join('.'), 'z6MkPublic')).toThrow(
      /cannot be opened/,
    );
    expect(() => openSealed(testSecrets, 'plain text', 'z6MkPublic')).toThrow(/format/);
  });

  it('derives 16 Crockford characters per award, stable for a secret and distinct per award', () => {
    const ids = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const codes = ids.map((id) => awardVerificationCode(testSecrets, id));
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(codes).size).toBe(ids.length);
    expect(ids.map((id) => awardVerificationCode(testSecrets, id))).toEqual(codes);
    expect(awardVerificationCode(other, ids[0]!)).not.toBe(codes[0]);
    // Every character position uses the whole alphabet over enough awards (no stuck bits).
    const seen = new Set(codes.map((c) => c[15]));
    expect(seen.size).toBeGreaterThan(20);
  });
});
