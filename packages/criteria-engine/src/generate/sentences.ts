import { formatNumber } from '../compile/nodes.ts';
import type { Source } from './source.ts';

/** How many sentences one place in the code keeps: two (met or not) per whole number below half. */
export const SENTENCES_KEPT = 1024;
const wholeNumbersKept = SENTENCES_KEPT / 2;

/**
 * `prefix`, the number and `suffix`: a sentence that depends only on a whole number and on
 * whether something is met. The same few values recur from learner to learner (a count of 3,
 * 120 hours, met), so each place in generated code keeps the sentences it has printed in a
 * table of its own and hands back the same string: every node still carries its whole
 * sentence, printed once rather than once per learner. Other numbers are printed each time.
 * A call rather than inline code, so the generated functions stay small enough to inline.
 */
export function spoken(
  table: (string | undefined)[],
  n: number,
  met: boolean,
  prefix: string,
  suffix: string,
): string {
  const slot = slotOf(n, met);
  if (slot < 0) return prefix + formatNumber(n) + suffix;
  let text = table[slot];
  if (text === undefined) {
    text = prefix + formatNumber(n) + suffix;
    table[slot] = text;
  }
  return text;
}

/** `prefix` and `rest`, where `rest` is a sentence that depends only on `n` and `met`. */
export function spokenBefore(
  table: (string | undefined)[],
  n: number,
  met: boolean,
  prefix: string,
  rest: string,
): string {
  const slot = slotOf(n, met);
  if (slot < 0) return prefix + rest;
  let text = table[slot];
  if (text === undefined) {
    text = prefix + rest;
    table[slot] = text;
  }
  return text;
}

/** Where the sentence for `n` (met or not) is kept, or -1 when `n` is not a small whole number. */
function slotOf(n: number, met: boolean): number {
  if (n >>> 0 !== n || n >= wholeNumbersKept) return -1;
  return met ? n * 2 + 1 : n * 2;
}

/** Generated code for `spoken`: a table of its own for this place in the code. */
export function printedOnce(
  src: Source,
  n: string,
  prefix: string,
  suffix: string,
  met = 'false',
): string {
  return `spoken(${src.sentenceTable()}, ${n}, ${met}, ${prefix}, ${suffix})`;
}
