import type { CompiledFramework } from '@bacc/criteria-engine';
import type { Db, TrustLearnerFilter, TrustScope } from '@bacc/db';
import { type ImpactSummary, ImpactTally } from './impact-tally.ts';
import { trustRecordBatches } from './trust-records.ts';

/**
 * Decides every chosen learner under `framework` (decision only: no explanations are needed to
 * compare outcomes) and compares each with the learner's stored decision.
 */
export async function computeImpact(
  db: Db,
  scope: TrustScope,
  framework: CompiledFramework,
  filter: TrustLearnerFilter,
  onProgress?: (processed: number) => Promise<void> | void,
  batchSize?: number,
): Promise<ImpactSummary> {
  const started = performance.now();
  const tally = new ImpactTally(framework);
  let processed = 0;
  for await (const batch of trustRecordBatches(db, scope, filter, batchSize)) {
    for (const learner of batch.learners) {
      const record = batch.records.get(learner.id)!;
      tally.add(learner, framework.evaluate(record));
    }
    processed += batch.learners.length;
    await onProgress?.(processed);
  }
  return tally.summary((performance.now() - started) / 1000);
}
