import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type CatalogueRow = Output<BaccClient['trust']['catalogue']['list']['query']>[number];
export type QualificationDetail = Output<BaccClient['trust']['catalogue']['get']['query']>;
export type ScalesAndPoints = Output<BaccClient['trust']['catalogue']['scales']['list']['query']>;
export type ImportPreview = Output<BaccClient['trust']['catalogue']['import']['preview']['mutate']>;
