import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type CentreAccreditation = Output<BaccClient['centre']['accreditation']['get']['query']>;
export type ProgrammeBase = CentreAccreditation['bases'][number];
