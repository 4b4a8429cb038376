import { createHash, randomBytes } from 'node:crypto';

/** A 128-bit random session token for the cookie; only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
