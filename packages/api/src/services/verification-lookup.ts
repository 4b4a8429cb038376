import { ERASED_REASON, inSystemScope } from '@bacc/db';
import { formatVerificationCode } from '@bacc/schema';
import type { Context } from '../context.ts';
import { awardVerificationCode } from './awards/secrets.ts';
import type { AwardAnswer } from './verification.ts';

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

/** The award a code hash names, with its tenancy for the audit record, or null. */
export async function findAwardByCodeHash(ctx: Context, codeHash: string) {
  // Any trust's award: the code hash is the key, so this is one of the system scope's lookups.
  const row = await inSystemScope(ctx.db, (db) =>
    db
      .selectFrom('awards')
      .innerJoin('centres', (j) =>
        j
          .onRef('centres.id', '=', 'awards.centre_id')
          .onRef('centres.trust_id', '=', 'awards.trust_id'),
      )
      .select([
        'awards.id',
        'awards.trust_id as trustId',
        'awards.centre_id as centreId',
        'awards.learner_id as learnerId',
        'awards.status',
        'awards.learner_name as learnerName',
        'awards.tier',
        'awards.pathway',
        'awards.grade',
        'awards.issued_at as issuedAt',
        'awards.revoked_at as revokedAt',
        'awards.revoked_reason as revokedReason',
        'awards.superseded_by_id as supersededById',
        'awards.components_public as componentsPublic',
        'awards.components',
        'awards.erased_at as erasedAt',
        // The name the centre had when it issued the award; older rows fall back to today's.
        (eb) => eb.fn.coalesce('awards.centre_name', 'centres.name').as('centreName'),
      ])
      .where('awards.verification_code_hash', '=', codeHash)
      .executeTakeFirst(),
  );
  if (!row) return null;
  const answer: AwardAnswer = row.erasedAt
    ? erasedAnswer(row)
    : {
        status: row.status,
        award: {
          learnerName: row.learnerName,
          tier: row.tier,
          pathway: row.pathway,
          grade: row.grade,
          issuedOn: day(row.issuedAt)!,
          centreName: row.centreName,
          revokedOn: day(row.revokedAt),
          revokedReason: row.revokedReason,
        },
        // The replacement's code is derived from its id, so the answer can point to it.
        supersededBy:
          row.status === 'superseded' && row.supersededById
            ? {
                code: formatVerificationCode(
                  awardVerificationCode(ctx.secrets, row.supersededById),
                ),
              }
            : null,
        components: row.componentsPublic
          ? row.components.map(({ name, met, measured, required }) => ({
              name,
              met,
              measured,
              required,
            }))
          : null,
        recordErased: false,
      };
  return {
    awardId: row.id,
    trustId: row.trustId,
    centreId: row.centreId,
    learnerId: row.learnerId,
    answer,
  };
}

/**
 * An award whose learner's record was erased answers only that it was revoked for that reason,
 * with the facts of the award itself and nothing that names the learner or links to them.
 */
function erasedAnswer(row: {
  tier: string;
  pathway: string | null;
  grade: string | null;
  issuedAt: Date;
  centreName: string;
  erasedAt: Date | null;
}): AwardAnswer {
  return {
    status: 'revoked',
    award: {
      learnerName: null,
      tier: row.tier,
      pathway: row.pathway,
      grade: row.grade,
      issuedOn: day(row.issuedAt)!,
      centreName: row.centreName,
      revokedOn: day(row.erasedAt),
      revokedReason: ERASED_REASON,
    },
    supersededBy: null,
    components: null,
    recordErased: true,
  };
}
