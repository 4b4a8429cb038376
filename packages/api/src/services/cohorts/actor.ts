import type { SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';

/** A signed-in caller: every write names who made it. */
export type Actor = Context & { user: SessionUser };

/** A learner's name as staff address them. */
export function displayName(l: {
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
}) {
  return `${l.preferredName?.trim() || l.legalGivenName} ${l.legalFamilyName}`;
}
