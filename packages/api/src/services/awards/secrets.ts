import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { ServerSecrets } from '../../context.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SEALED_PREFIX = 'v1';

/**
 * An award's verification code: the first 80 bits of HMAC-SHA256(server secret, "award-code:" +
 * award id) as 16 Crockford base32 characters. Derived rather than stored, so the code can be
 * printed again on a certificate while the database holds only its hash.
 */
export function awardVerificationCode(secrets: ServerSecrets, awardId: string): string {
  const mac = createHmac('sha256', secrets.key).update(`award-code:${awardId}`).digest();
  let code = '';
  // 80 bits = 16 groups of 5 bits, read most significant first.
  let bits = 0;
  let value = 0;
  for (let i = 0; i < 10; i++) {
    value = (value << 8) | mac[i]!;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += CROCKFORD[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** Seals a secret (an issuer's private key) with AES-256-GCM under the server secret. */
export function sealSecret(secrets: ServerSecrets, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secrets.key, iv);
  // The context (e.g. the public key) is bound in, so a sealed secret cannot be moved to another row.
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [SEALED_PREFIX, iv, tag, body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Opens a sealed secret; a wrong server secret or tampered value fails with a plain sentence. */
export function openSealed(secrets: ServerSecrets, sealed: string, context: string): string {
  const [prefix, iv, tag, body] = sealed.split('.');
  if (prefix !== SEALED_PREFIX || !iv || !tag || body === undefined)
    throw new Error('A sealed issuer key is not in a format this server understands.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', secrets.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new Error(
      'An issuer key cannot be opened with this server secret: BACC_SECRET_KEY (or secret.key) is not the one the key was sealed with.',
    );
  }
}
