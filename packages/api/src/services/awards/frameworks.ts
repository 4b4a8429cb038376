import { type Db, findAwardFramework, type TrustScope } from '@bacc/db';
import type { FrameworkDefinition } from '@bacc/schema';
import type { AwardDraft } from './write-award.ts';

/** Loads each framework version an award batch names, once. */
export function awardFrameworks(db: Db, scope: TrustScope) {
  const cache = new Map<string, Promise<Omit<AwardDraft['framework'], 'hash'>>>();
  return (frameworkVersionId: string) => {
    let found = cache.get(frameworkVersionId);
    if (!found) {
      found = findAwardFramework(db, scope, frameworkVersionId).then((row) => {
        if (!row) throw new Error(`Framework version ${frameworkVersionId} is not this trust's.`);
        return {
          id: row.id,
          name: row.name,
          versionNumber: row.versionNumber,
          definition: row.definition as FrameworkDefinition,
        };
      });
      cache.set(frameworkVersionId, found);
    }
    return found;
  };
}
