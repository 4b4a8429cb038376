import type { Source } from './source.ts';

/** How many sentences one place in the code keeps: whole numbers below this (halved with a flag). */
export const SENTENCES_KEPT = 1024;

/**
 * An expression for `text`, a sentence that depends only on the whole number `whole` (and on
 * the boolean `flag`, when given). The same few values recur from learner to learner (a count
 * of 3, 120 hours, met), so each place keeps the sentences it has printed in a table of its
 * own and hands back the same string: every node still carries its whole sentence, built once
 * rather than once per learner. Numbers that are not small whole numbers are printed each time.
 */
export function printedOnce(src: Source, whole: string, text: string, flag?: string): string {
  const table = src.sentenceTable();
  const slot = flag === undefined ? whole : `${whole} * 2 + (${flag} ? 1 : 0)`;
  const below = flag === undefined ? SENTENCES_KEPT : SENTENCES_KEPT / 2;
  return `((${whole} >>> 0) === ${whole} && ${whole} < ${below} ? (${table}[${slot}] ?? (${table}[${slot}] = ${text})) : ${text})`;
}
