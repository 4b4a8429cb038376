import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type AnalyticsOverview = Output<BaccClient['trust']['analytics']['overview']['query']>;
export type SubmissionSummary = Output<BaccClient['trust']['submissions']['list']['query']>[number];
export type ModerationLearners = Output<BaccClient['trust']['moderation']['learners']['query']>;
export type ModerationLearner = ModerationLearners['learners'][number];
export type ModerationSample = Output<BaccClient['trust']['moderation']['sample']['query']>;
export type LearnerInspection = Output<BaccClient['trust']['moderation']['learner']['query']>;
export type AuditPage = Output<BaccClient['trust']['auditLog']['list']['query']>;
export type AuditEvent = AuditPage['items'][number];
export type AuditFacets = Output<BaccClient['trust']['auditLog']['facets']['query']>;
