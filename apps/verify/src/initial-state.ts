import type { VerificationState } from './useVerification.ts';

/** The id of the JSON block in which the server hands its answer to the page. */
export const INITIAL_STATE_ID = 'verify-state';

/**
 * The state as the contents of a JSON <script> block: every character that could end the block
 * or start markup is written as a \u escape, so a learner's name can never break out of it.
 */
export function serialiseState(state: VerificationState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const kinds = new Set(['idle', 'answered', 'failed']);

/** The state the server rendered the page with, or null when it did not render it. */
export function parseState(text: string | null | undefined): VerificationState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as VerificationState;
    return value && typeof value === 'object' && kinds.has(value.kind) ? value : null;
  } catch {
    return null;
  }
}
