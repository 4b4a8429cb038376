import type { Db, TrustScope } from './scope.ts';

export function findTrust(db: Db, scope: TrustScope) {
  return db
    .selectFrom('trusts')
    .select(['id', 'name', 'slug'])
    .where('id', '=', scope.trustId)
    .executeTakeFirst();
}

export function createTrust(db: Db, input: { name: string; slug: string }) {
  return db
    .insertInto('trusts')
    .values(input)
    .returning(['id', 'name', 'slug'])
    .executeTakeFirstOrThrow();
}

export function findTrustBySlug(db: Db, slug: string) {
  return db
    .selectFrom('trusts')
    .select(['id', 'name', 'slug'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}
