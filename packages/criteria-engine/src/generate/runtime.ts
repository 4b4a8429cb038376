import { Explanation } from '../compile/explanation.ts';
import { formatNumber } from '../compile/nodes.ts';
import { ids, noChildren, setNode } from '../compile/set-nodes.ts';
import {
  bestGrade,
  cappedDropped,
  discountDropped,
  discounted,
  merged,
  notBest,
  overCap,
  ranked,
  without,
  withoutOver,
} from '../compile/set-ops.ts';
import { addFailing, chosenOption, failingOnce, noOption } from '../evaluate/choice.ts';
import { countedEvidence, markedInIdOrder } from '../evaluate/counted-evidence.ts';
import { summarise } from '../evaluate/summary.ts';
import { EvidenceReader, sortEvidence } from '../evidence-item.ts';
import { gapToNextTier } from '../gap.ts';
import { spoken, spokenBefore } from './sentences.ts';

/**
 * What generated code calls: the interpreter's own node builders and list operations, so
 * both strategies build their decisions from the same pieces.
 */
/** An empty list of items that nothing adds to (nothing over a cap). */
const noItems = Object.freeze([]);

/** A record without flags (the usual case), shared rather than a fresh list per learner. */
const noFlags = Object.freeze([]);

export const runtime = {
  noItems,
  noFlags,
  Explanation,
  formatNumber,
  bestGrade,
  cappedDropped,
  discounted,
  discountDropped,
  merged,
  notBest,
  overCap,
  ranked,
  without,
  withoutOver,
  ids,
  noChildren,
  setNode,
  addFailing,
  chosenOption,
  failingOnce,
  noOption,
  countedEvidence,
  markedInIdOrder,
  summarise,
  EvidenceReader,
  sortEvidence,
  gapToNextTier,
  spoken,
  spokenBefore,
};
