import { randomUUID } from 'node:crypto';
import { signAwardCredential } from '@bacc/credentials';
import { type AwardEvidence, type Db, insertAward, type TrustScope } from '@bacc/db';
import { type Decision, type FrameworkDefinition, formatVerificationCode } from '@bacc/schema';
import type { ServerSecrets } from '../../context.ts';
import { hashVerificationCode } from '../verification.ts';
import type { IssuerSigningKey } from './keys.ts';
import { awardVerificationCode } from './secrets.ts';
import { achievementFor, awardComponents } from './snapshot.ts';
import type { StatusEntry } from './status-lists.ts';

/** Everything an award freezes at the moment it is issued. */
export interface AwardDraft {
  learnerId: string;
  centreId: string;
  centreName: string;
  trustName: string;
  learnerName: string;
  leavingYear: number;
  framework: {
    id: string;
    name: string;
    versionNumber: number;
    hash: string;
    definition: FrameworkDefinition;
  };
  decision: Decision;
  evidence: AwardEvidence[];
  submissionId: string | null;
  supersedesId: string | null;
  issueReason: string | null;
  componentsPublic: boolean;
}

export interface IssueEnv {
  secrets: ServerSecrets;
  publicUrl: string;
  issuedBy: string | null;
  issuedAt: Date;
}

export const verifyUrlFor = (publicUrl: string, code: string) =>
  `${publicUrl}/v/${formatVerificationCode(code)}`;

/**
 * Signs and stores one award. The credential carries the component breakdown only when the
 * centre has made it public for this learner: a signed credential cannot be changed later.
 */
export async function writeAward(
  db: Db,
  env: IssueEnv,
  scope: TrustScope,
  draft: AwardDraft,
  signer: IssuerSigningKey,
  entry: StatusEntry,
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const code = awardVerificationCode(env.secrets, id);
  const { decision } = draft;
  const tier = decision.tier;
  if (!tier) throw new Error('An award needs a decision that meets a tier.');
  const components = awardComponents(decision);
  const credential = await signAwardCredential(
    {
      credentialId: `urn:uuid:${id}`,
      issuerName: draft.trustName,
      issuerUrl: env.publicUrl,
      learnerName: draft.learnerName,
      achievement: achievementFor(
        draft.framework.definition,
        tier.id,
        env.publicUrl,
        draft.framework,
      ),
      tier: tier.name,
      pathway: decision.pathway?.name ?? null,
      grade: decision.awardGrade?.name ?? null,
      components: draft.componentsPublic
        ? components.map(({ name, met, measured }) => ({ name, met, measured }))
        : [],
      centreName: draft.centreName,
      centreId: draft.centreId,
      issuedAt: env.issuedAt,
      verifyUrl: verifyUrlFor(env.publicUrl, code),
      status: { statusListCredential: entry.url, statusListIndex: entry.index },
    },
    signer.key,
  );
  await insertAward(db, {
    id,
    trust_id: scope.trustId,
    centre_id: draft.centreId,
    learner_id: draft.learnerId,
    framework_version_id: draft.framework.id,
    framework_hash: draft.framework.hash,
    verification_code_hash: hashVerificationCode(code),
    learner_name: draft.learnerName,
    tier: tier.name,
    pathway: decision.pathway?.name ?? null,
    grade: decision.awardGrade?.name ?? null,
    decision: JSON.stringify(decision),
    issued_at: env.issuedAt,
    credential: JSON.stringify(credential),
    issuer_key_id: signer.id,
    status_list_id: entry.listId,
    status_list_index: entry.index,
    supersedes_id: draft.supersedesId,
    submission_id: draft.submissionId,
    components_public: draft.componentsPublic,
    issued_by: env.issuedBy,
    issue_reason: draft.issueReason,
    trust_name: draft.trustName,
    centre_name: draft.centreName,
    framework_name: draft.framework.name,
    framework_version: draft.framework.versionNumber,
    leaving_year: draft.leavingYear,
    components: JSON.stringify(components),
    evidence: JSON.stringify(draft.evidence),
  });
  return { id, code };
}
