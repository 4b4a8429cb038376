import {
  endAward,
  findAward,
  findLearnerForAward,
  linkSupersedingAward,
  type TrustScope,
} from '@bacc/db';
import type { Decision } from '@bacc/schema';
import { conflict, notFound } from '../../errors.ts';
import type { Actor } from '../cohorts/actor.ts';
import { loadLearnerRecords } from '../records/learner-record.ts';
import { awardAudit } from './audit.ts';
import { awardFrameworks } from './frameworks.ts';
import { activeIssuerKey } from './keys.ts';
import { requireReason } from './revoke.ts';
import { countedEvidence } from './snapshot.ts';
import { allocateStatusEntries, resignStatusList } from './status-lists.ts';
import { awardView } from './view.ts';
import { writeAward } from './write-award.ts';

/**
 * Reissues an award after a correction or a change of name: a new award (new code, credential
 * and status entry) from the learner's record as it stands now, linked to the old one, which
 * becomes superseded and is revoked in its status list with the reason. Nothing is edited.
 */
export async function reissueAward(ctx: Actor, scope: TrustScope, awardId: string, reason: string) {
  const why = requireReason(reason);
  const newId = await ctx.db.transaction().execute(async (tx) => {
    const signer = await activeIssuerKey(tx, ctx.secrets, scope);
    const old = await findAward(tx, scope, awardId);
    if (!old) throw notFound('That award');
    if (old.status !== 'valid')
      throw conflict(`Only a current award can be reissued; this one is ${old.status}.`, {
        status: old.status,
      });
    if (!old.learner_id)
      throw conflict('The learner’s record has been erased, so there is nothing to reissue from.');
    const centre = { ...scope, centreId: old.centre_id };
    const learner = await findLearnerForAward(tx, centre, old.learner_id);
    if (
      !learner?.tier ||
      !learner.decision ||
      !learner.frameworkVersionId ||
      !learner.frameworkHash
    )
      throw conflict(
        'The learner’s record no longer meets a tier, so there is nothing to reissue. Revoke the award instead.',
      );
    const decision = learner.decision as Decision;
    const records = await loadLearnerRecords(tx, centre, [learner.learnerId]);
    const framework = await awardFrameworks(tx, scope)(learner.frameworkVersionId);
    const at = ctx.now();

    // The old award stops being current first: a learner holds one current award at a time.
    await endAward(tx, scope, old.id, { status: 'superseded', reason: why, by: ctx.user.id, at });
    const [entry] = await allocateStatusEntries(tx, ctx.publicUrl, scope, signer, 1);
    const learnerName = `${learner.legalGivenName} ${learner.legalFamilyName}`;
    const fresh = await writeAward(
      tx,
      { secrets: ctx.secrets, publicUrl: ctx.publicUrl, issuedBy: ctx.user.id, issuedAt: at },
      scope,
      {
        learnerId: learner.learnerId,
        centreId: learner.centreId,
        centreName: learner.centreName,
        trustName: signer.trust.name,
        learnerName,
        leavingYear: learner.leavingYear,
        framework: { ...framework, hash: learner.frameworkHash },
        decision,
        evidence: countedEvidence(decision, records.get(learner.learnerId)!),
        submissionId: old.submission_id,
        supersedesId: old.id,
        issueReason: why,
        componentsPublic: old.components_public,
      },
      signer,
      entry!,
    );
    await linkSupersedingAward(tx, scope, old.id, fresh.id);
    if (old.status_list_id)
      await resignStatusList(tx, ctx.secrets, ctx.publicUrl, scope, old.status_list_id);
    await awardAudit(
      tx,
      ctx.user,
      old.centre_id,
      'award.superseded',
      'award',
      old.id,
      { status: 'superseded', supersededById: fresh.id, reason: why },
      { status: 'valid' },
    );
    await awardAudit(tx, ctx.user, old.centre_id, 'award.reissued', 'award', fresh.id, {
      supersedesId: old.id,
      learnerName,
      tier: decision.tier?.name,
      reason: why,
    });
    return fresh.id;
  });
  return awardView(ctx, scope, newId);
}
