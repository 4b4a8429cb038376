import { describe, expect, it } from 'vitest';
import award from './testing/fixtures/award-signed-2026-07-01.json' with { type: 'json' };
import after from './testing/fixtures/status-list-after-revocation.json' with { type: 'json' };
import before from './testing/fixtures/status-list-before-revocation.json' with { type: 'json' };
import { verifyWithEveryVerifier } from './testing/independent-verifiers.ts';

// Signed once, on 2026-07-01, by a key whose secret was then thrown away: the stand-in for an
// award issued under a key that has since been rotated out. It must verify for as long as the
// project exists, whatever the libraries become.
describe('an award signed under a retired key', () => {
  it('still verifies with every verifier, and its later revocation shows everywhere', async () => {
    const url = award.credentialStatus.statusListCredential;
    const active = await verifyWithEveryVerifier(award, { [url]: before });
    expect(active.ours).toMatchObject({ verified: true, signature: 'valid', status: 'active' });
    expect(active.ours.summary).toMatchObject({
      learnerName: 'Ada Okafor',
      tier: 'Gold',
      issuedOn: '2026-07-01',
    });
    expect(active.verifierCore).toMatchObject({
      signature: 'valid',
      revoked: false,
      schemaValid: true,
    });
    expect(active.digitalBazaar).toMatchObject({ signature: true, notRevoked: true });

    const revoked = await verifyWithEveryVerifier(award, { [url]: after });
    expect(revoked.ours).toMatchObject({ verified: false, signature: 'valid', status: 'revoked' });
    expect(revoked.verifierCore).toMatchObject({ signature: 'valid', revoked: true });
    expect(revoked.digitalBazaar).toMatchObject({ signature: true, notRevoked: false });
  });
});
