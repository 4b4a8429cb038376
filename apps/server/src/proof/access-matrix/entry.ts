/** The shapes of the authorisation matrix (index.ts) and the helpers its entries share. */

/** The least role that may call a procedure; every role above it may too. */
export type Role = 'public' | 'signedIn' | 'centreStaff' | 'centreAdmin' | 'trustAdmin';

/** The victim centre's records, which no one outside it may read or change. */
export interface Victim {
  trustId: string;
  centreId: string;
  learnerId: string;
  learnerVersion: number;
  resultId: string;
  activityId: string;
  projectId: string;
  qualificationId: string;
  frameworkVersionId: string;
  draftVersionId: string;
  submissionId: string;
  awardId: string;
  staffUserId: string;
  importSessionId: string;
  previewId: string;
  leavingYear: number;
}

export interface Entry {
  role: Role;
  /** The procedure's own input, scope ids (trustId, centreId) left out: the test adds them. */
  input?: (v: Victim) => Record<string, unknown>;
  /**
   * Whose records the input names: 'centre' records are off limits to every other centre, even
   * in the same trust; 'trust' records (frameworks, the catalogue) are shared within the trust.
   * Without refs, a query is called in the attacker's own scope and must not leak the victim's
   * ids, and a mutation acts only on the attacker's own records, so it is not replayed.
   */
  refs?: 'centre' | 'trust';
  /** Refusals other than NOT_FOUND / FORBIDDEN that are right for this procedure. */
  refusedAs?: string[];
}

/** An input naming the victim centre's records: off limits to every other centre. */
export const theirs = (role: Role, input: (v: Victim) => Record<string, unknown>): Entry => ({
  role,
  refs: 'centre',
  input,
});

/** An input naming trust-wide records (frameworks, the catalogue): shared within the trust. */
export const shared = (role: Role, input: (v: Victim) => Record<string, unknown>): Entry => ({
  role,
  refs: 'trust',
  input,
});

export const page = { page: 1, pageSize: 25 };
export const user = { email: 'mallory@example.org', displayName: 'Mallory', role: 'centre_staff' };
