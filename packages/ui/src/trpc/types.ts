import type { BaccClient } from './client.ts';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/** The signed-in user as `auth.me` returns it. */
export type SessionUser = NonNullable<Output<BaccClient['auth']['me']['query']>>;
export type Role = SessionUser['role'];

export type CentreSummary = Output<BaccClient['trust']['centres']['list']['query']>[number];
export type LearnerPage = Output<BaccClient['centre']['learners']['list']['query']>;
export type LearnerRow = LearnerPage['items'][number];
export type VerificationResult = Output<BaccClient['verification']['check']['query']>;
