import { centreProcedures } from './centre.ts';
import type { Entry } from './entry.ts';
import { trustProcedures } from './trust.ts';

export type { Entry, Role, Victim } from './entry.ts';

/**
 * Who may call each tRPC procedure, and an input that names the victim's own records.
 *
 * The matrix test walks the router and fails on any procedure missing here, so a new procedure
 * cannot ship without someone deciding who may call it and proving everyone else is refused.
 */
export const accessMatrix: Record<string, Entry> = {
  'auth.login': { role: 'public' },
  'auth.logout': { role: 'signedIn' },
  'auth.me': { role: 'public' },
  'invite.inspect': { role: 'public' },
  'invite.accept': { role: 'public' },
  'verification.check': { role: 'public' },
  ...trustProcedures,
  ...centreProcedures,
};
