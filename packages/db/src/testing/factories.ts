import { randomBytes } from 'node:crypto';
import type { Db } from '../repositories/scope.ts';

const unique = () => randomBytes(4).toString('hex');

/** A trust with two centres of its own, so every suite can test tenancy against a neighbour. */
export async function createTenant(db: Db, label = 'Test') {
  const trust = await db
    .insertInto('trusts')
    .values({ name: `${label} Trust ${unique()}`, slug: `t-${unique()}` })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const centre = (n: number) =>
    db
      .insertInto('centres')
      .values({
        trust_id: trust.id,
        urn: String(100000 + Math.floor(Math.random() * 899999)),
        name: `${label} Centre ${n}`,
        kind: 'school',
        town: 'Leeds',
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
  const centreA = await centre(1);
  const centreB = await centre(2);
  return { trust, centreA, centreB };
}

let learnerSeq = 0;
export async function createLearnerRow(
  db: Db,
  scope: { trustId: string; centreId: string },
  overrides: Partial<{
    legal_given_name: string;
    legal_family_name: string;
    leaving_year: number;
    uln: string | null;
  }> = {},
) {
  learnerSeq++;
  return db
    .insertInto('learners')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      uln: null,
      upn: null,
      legal_given_name: 'Sam',
      legal_family_name: `Learner${learnerSeq}`,
      preferred_name: null,
      date_of_birth: '2008-09-01',
      leaving_year: 2026,
      ...overrides,
    })
    .returning(['id', 'legal_family_name as legalFamilyName', 'version'])
    .executeTakeFirstOrThrow();
}
