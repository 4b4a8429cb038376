import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type CentreDetail = Output<BaccClient['trust']['centres']['get']['query']>;
export type AccreditationRow = Output<
  BaccClient['trust']['accreditation']['list']['query']
>[number];
export type AccreditationReview = Output<BaccClient['trust']['accreditation']['get']['query']>;
