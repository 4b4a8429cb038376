/**
 * Verification codes: 16 Crockford base32 characters, shown as 4 groups of 4
 * (7K3M-9QXD-2HWP-4TNB). People may type lower case, spaces or dashes, and O, I or L for
 * 0, 1 and 1: the same rules as the server's normaliseVerificationCode.
 */
export const CODE_LENGTH = 16;
export const EXAMPLE_CODE = '7K3M-9QXD-2HWP-4TNB';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SEPARATORS = /[\s\-‐‑–—]/g;

/** Upper case, separators removed; other characters are kept so mistakes stay visible. */
export function significant(input: string): string {
  return input.toUpperCase().replace(SEPARATORS, '');
}

/** Groups of four joined by dashes. */
export function groupCode(chars: string): string {
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}

export type CodeCheck = { ok: true; code: string } | { ok: false; message: string };

/** Checks a typed code and says what is wrong in words a person can act on. */
export function checkCode(input: string): CodeCheck {
  const chars = significant(input).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length === 0) return { ok: false, message: 'Enter the verification code' };
  const bad = [...new Set([...chars].filter((ch) => !CROCKFORD.includes(ch)))];
  if (bad.length > 0) {
    const shown = bad.map((ch) => `“${ch}”`).join(', ');
    return {
      ok: false,
      message: `The code can only contain the letters and numbers used on certificates, not ${shown}`,
    };
  }
  if (chars.length !== CODE_LENGTH) {
    return {
      ok: false,
      message: `The code must be ${CODE_LENGTH} characters, like ${EXAMPLE_CODE}. You entered ${chars.length}.`,
    };
  }
  return { ok: true, code: groupCode(chars) };
}

export interface Typed {
  value: string;
  caret: number;
}

/**
 * Formats the field as the person types, keeping the caret after the same character.
 * Deleting a dash with Backspace deletes the character before it, as people expect.
 */
export function formatAsTyped(previous: string, next: string, caret: number): Typed {
  let text = next;
  let at = caret;
  const removedDash =
    next.length === previous.length - 1 &&
    previous[caret] === '-' &&
    previous.slice(0, caret) + previous.slice(caret + 1) === next;
  if (removedDash && caret > 0) {
    text = next.slice(0, caret - 1) + next.slice(caret);
    at = caret - 1;
  }
  const before = significant(text.slice(0, at)).length;
  return { value: groupCode(significant(text)), caret: caretAfter(before) };
}

/** The index just after the n-th significant character in grouped text. */
function caretAfter(n: number): number {
  return n === 0 ? 0 : n + Math.floor((n - 1) / 4);
}
