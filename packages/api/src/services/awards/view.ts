import { type AwardListFilter, type AwardScope, type Db, findAward, listAwardRows } from '@bacc/db';
import { formatVerificationCode } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { awardVerificationCode } from './secrets.ts';
import { verifyUrlFor } from './write-award.ts';

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

/** An award whose learner's record was erased keeps only what makes it answerable. */
export const erasedAward = (what: string) =>
  conflict(
    `The learner’s record behind this award was erased at the centre’s request, so ${what}.`,
  );

type AwardRow = NonNullable<Awaited<ReturnType<typeof findAward>>>;

/** An award as a certificate, a page or a download needs it, with its code and verify link. */
export function toAwardView(ctx: Pick<Context, 'secrets' | 'publicUrl'>, a: AwardRow) {
  const code = awardVerificationCode(ctx.secrets, a.id);
  return {
    id: a.id,
    status: a.status,
    learnerId: a.learner_id,
    learnerName: a.learner_name,
    tier: a.tier,
    pathway: a.pathway,
    grade: a.grade,
    centreId: a.centre_id,
    centreName: a.centre_name ?? '',
    trustName: a.trust_name ?? '',
    leavingYear: a.leaving_year,
    issuedAt: a.issued_at,
    issuedOn: day(a.issued_at)!,
    frameworkVersionId: a.framework_version_id,
    frameworkName: a.framework_name ?? '',
    frameworkVersion: a.framework_version ?? 0,
    frameworkHash: a.framework_hash,
    components: a.components,
    evidence: a.evidence,
    componentsPublic: a.components_public,
    verificationCode: formatVerificationCode(code),
    verifyUrl: verifyUrlFor(ctx.publicUrl, code),
    submissionId: a.submission_id,
    supersedesId: a.supersedes_id,
    supersededById: a.superseded_by_id,
    supersededByCode: a.superseded_by_id
      ? formatVerificationCode(awardVerificationCode(ctx.secrets, a.superseded_by_id))
      : null,
    issueReason: a.issue_reason,
    revokedAt: a.revoked_at,
    revokedOn: day(a.revoked_at),
    revokedReason: a.revoked_reason,
    hasCredential: a.credential !== null,
    /** Set when the learner's record was erased: the award answers only "revoked". */
    erasedAt: a.erased_at,
  };
}
export type AwardView = ReturnType<typeof toAwardView>;

export async function awardView(ctx: Context, scope: AwardScope, awardId: string) {
  const row = await findAward(ctx.db, scope, awardId);
  if (!row) throw notFound('That award');
  return toAwardView(ctx, row);
}

/** The signed credential exactly as issued, for the learner to keep in a wallet. */
export async function awardCredentialFile(ctx: Context, scope: AwardScope, awardId: string) {
  const row = await findAward(ctx.db, scope, awardId);
  if (!row) throw notFound('That award');
  if (row.erased_at) throw erasedAward('there is no credential to download');
  if (!row.credential) throw notFound('A signed credential for that award');
  return {
    fileName: `award-${awardId}.json`,
    credential: row.credential as Record<string, unknown>,
  };
}

export async function listAwards(
  ctx: Pick<Context, 'secrets'> & { db: Db },
  scope: AwardScope,
  filter: AwardListFilter,
) {
  const { rows, total } = await listAwardRows(ctx.db, scope, filter);
  return {
    total,
    awards: rows.map((r) => ({
      ...r,
      centreName: r.centreName ?? '',
      issuedOn: day(r.issuedAt)!,
      revokedOn: day(r.revokedAt),
      verificationCode: formatVerificationCode(awardVerificationCode(ctx.secrets, r.id)),
    })),
  };
}
