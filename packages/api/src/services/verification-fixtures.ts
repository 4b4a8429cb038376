import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@bacc/db';
import { createLearnerRow } from '@bacc/db/testing';
import { formatVerificationCode } from '@bacc/schema';
import { testSecrets } from '../context.ts';
import { awardVerificationCode } from './awards/secrets.ts';
import { hashVerificationCode } from './verification.ts';

/** The date of birth createLearnerRow gives: no answer may ever contain it either. */
export const TEST_DATE_OF_BIRTH = '2008-09-01';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh random code, as a certificate prints it. */
export function randomVerificationCode(): string {
  const chars = [...randomBytes(16)].map((b) => CROCKFORD[b % 32]).join('');
  return formatVerificationCode(chars);
}

export interface TestAwardOptions {
  status?: 'valid' | 'revoked' | 'superseded';
  tier?: string;
  pathway?: string | null;
  grade?: string | null;
  learnerName?: string;
  revokedReason?: string | null;
  supersededById?: string | null;
  components?: { name: string; met: boolean; measured: string; required: string }[];
  componentsPublic?: boolean;
  /** As erasing the learner's record leaves it: revoked, no name, no link, nothing personal. */
  erased?: boolean;
}

/**
 * An award row for a learner who has a ULN and a date of birth (so tests can check that neither
 * ever leaks), under a published framework version; returns its id and code.
 * Tests using it must use the context's default (test) secrets.
 */
export async function createTestAward(
  db: Db,
  scope: { trustId: string; centreId: string },
  options: TestAwardOptions = {},
) {
  const version =
    (await db
      .selectFrom('framework_versions')
      .select('id')
      .where('trust_id', '=', scope.trustId)
      .where('name', '=', 'Test Bacc')
      .executeTakeFirst()) ??
    (await db
      .insertInto('framework_versions')
      .values({
        trust_id: scope.trustId,
        name: 'Test Bacc',
        version_number: 1,
        status: 'published',
        definition: JSON.stringify({ name: 'Test Bacc' }),
        definition_hash: 'f'.repeat(64),
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  // A learner number no answer may ever contain.
  const uln = String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999));
  const learner = await createLearnerRow(db, scope, { uln });
  // The code is derived from the id (with the test secret), as issuance derives it.
  const id = randomUUID();
  const code = formatVerificationCode(awardVerificationCode(testSecrets, id));
  const status = options.status ?? 'valid';
  const award = await db
    .insertInto('awards')
    .values({
      id,
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      learner_id: options.erased ? null : learner.id,
      framework_version_id: version.id,
      framework_hash: 'f'.repeat(64),
      verification_code_hash: hashVerificationCode(code.replace(/-/g, '')),
      learner_name: options.erased ? '' : (options.learnerName ?? 'Amara Okafor'),
      tier: options.tier ?? 'Advanced',
      pathway: options.pathway === undefined ? 'Technical' : options.pathway,
      grade: options.grade === undefined ? 'Distinction' : options.grade,
      decision: JSON.stringify({ tier: options.tier ?? 'Advanced' }),
      issued_at: new Date('2026-08-20T09:00:00Z'),
      status,
      superseded_by_id: options.supersededById ?? null,
      revoked_at: status === 'valid' ? null : new Date('2026-09-01T10:00:00Z'),
      revoked_reason:
        status === 'valid' ? null : (options.revokedReason ?? 'Issued against the wrong results'),
      components: JSON.stringify(options.components ?? []),
      components_public: options.componentsPublic ?? false,
      erased_at: options.erased ? new Date('2026-10-01T12:00:00Z') : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: award.id, code, learnerId: learner.id, uln };
}
