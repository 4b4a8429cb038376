import { type Db, listSubmissionLearnersToAward, type TrustScope } from '@bacc/db';
import type { Decision, LearnerRecord } from '@bacc/schema';
import type { Actor } from '../cohorts/actor.ts';
import { loadLearnerRecords } from '../records/learner-record.ts';
import { awardAudit } from './audit.ts';
import { awardFrameworks } from './frameworks.ts';
import { activeIssuerKey } from './keys.ts';
import { countedEvidence } from './snapshot.ts';
import { allocateStatusEntries } from './status-lists.ts';
import { writeAward } from './write-award.ts';

/**
 * Issues one award to each learner of an approved submission whose decision meets a tier, in
 * the caller's transaction (approval). Idempotent: learners already awarded from this
 * submission are skipped, so approving again or retrying issues nothing new.
 */
export async function issueAwardsForSubmission(
  db: Db,
  ctx: Actor,
  scope: TrustScope,
  submissionId: string,
): Promise<{ issued: number; awardIds: string[] }> {
  // The trust lock comes first, so a concurrent approval waits and then finds nobody left.
  const signer = await activeIssuerKey(db, ctx.secrets, scope);
  const learners = await listSubmissionLearnersToAward(db, scope, submissionId);
  if (signer.created)
    await awardAudit(db, ctx.user, null, 'issuer_key.created', 'issuer_key', signer.id, {
      publicKeyMultibase: signer.key.publicKeyMultibase,
    });
  if (learners.length === 0) return { issued: 0, awardIds: [] };

  const trustName = signer.trust.name;
  const framework = awardFrameworks(db, scope);
  const records = new Map<string, LearnerRecord>();
  for (const centreId of new Set(learners.map((l) => l.centreId))) {
    const ids = learners.filter((l) => l.centreId === centreId).map((l) => l.learnerId);
    for (const [id, record] of await loadLearnerRecords(db, { ...scope, centreId }, ids))
      records.set(id, record);
  }
  const entries = await allocateStatusEntries(db, ctx.publicUrl, scope, signer, learners.length);
  const env = {
    secrets: ctx.secrets,
    publicUrl: ctx.publicUrl,
    issuedBy: ctx.user.id,
    issuedAt: ctx.now(),
  };
  const awardIds: string[] = [];
  for (const [i, l] of learners.entries()) {
    const decision = l.decision as Decision;
    const award = await writeAward(
      db,
      env,
      scope,
      {
        learnerId: l.learnerId,
        centreId: l.centreId,
        centreName: l.centreName,
        trustName,
        learnerName: `${l.legalGivenName} ${l.legalFamilyName}`,
        leavingYear: l.leavingYear,
        framework: { ...(await framework(l.frameworkVersionId)), hash: l.frameworkHash },
        decision,
        evidence: countedEvidence(decision, records.get(l.learnerId)!),
        submissionId,
        supersedesId: null,
        issueReason: null,
        componentsPublic: false,
      },
      signer,
      entries[i]!,
    );
    awardIds.push(award.id);
    await awardAudit(db, ctx.user, l.centreId, 'award.issued', 'award', award.id, {
      learnerId: l.learnerId,
      learnerName: `${l.legalGivenName} ${l.legalFamilyName}`,
      tier: decision.tier?.name,
      submissionId,
    });
  }
  return { issued: awardIds.length, awardIds };
}
