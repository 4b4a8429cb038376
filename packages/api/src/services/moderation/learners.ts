import { findModerationSubmission, listSubmissionLearners, type TrustScope } from '@bacc/db';
import type { ModerationSampleInput } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { drawSample } from './sampling.ts';

type SubmissionLearner = Awaited<ReturnType<typeof listSubmissionLearners>>[number];

/** Learners counted by the tier they were submitted with, highest first; no award last. */
function countByTier(learners: readonly SubmissionLearner[]) {
  const tiers = new Map<
    string,
    { tier: string | null; tierName: string; tierRank: number; learners: number }
  >();
  for (const l of learners) {
    const key = l.tier ?? '';
    const row = tiers.get(key) ?? {
      tier: l.tier,
      tierName: l.tierName ?? 'No award',
      tierRank: l.tierRank,
      learners: 0,
    };
    row.learners++;
    tiers.set(key, row);
  }
  return [...tiers.values()].sort((a, b) => b.tierRank - a.tierRank);
}

async function submissionOrNotFound(ctx: Context, scope: TrustScope, submissionId: string) {
  const submission = await findModerationSubmission(ctx.db, scope, submissionId);
  if (!submission) throw notFound('That submission');
  return submission;
}

/** A submission with every learner in it and the decision stored for each. */
export async function listModerationLearners(
  ctx: Context,
  scope: TrustScope,
  submissionId: string,
) {
  const submission = await submissionOrNotFound(ctx, scope, submissionId);
  const learners = await listSubmissionLearners(ctx.db, scope, submissionId);
  return { submission, learners, byTier: countByTier(learners) };
}

/** A reproducible random sample of the submission's learners, optionally stratified by tier. */
export async function sampleModerationLearners(
  ctx: Context,
  scope: TrustScope,
  input: ModerationSampleInput,
) {
  await submissionOrNotFound(ctx, scope, input.submissionId);
  const learners = await listSubmissionLearners(ctx.db, scope, input.submissionId);
  const sample = drawSample(learners, input.size, input.seed, input.stratifyByTier);
  return {
    seed: input.seed,
    size: input.size,
    stratifyByTier: input.stratifyByTier,
    population: learners.length,
    learners: sample,
    byTier: countByTier(sample),
  };
}
