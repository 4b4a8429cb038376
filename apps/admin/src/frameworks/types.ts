import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type Frameworks = BaccClient['trust']['frameworks'];

export type VersionSummary = Output<Frameworks['list']['query']>[number];
export type VersionDetail = Output<Frameworks['get']['query']>;
export type FrameworkIssue = VersionDetail['validation']['issues'][number];
export type Fixture = Output<Frameworks['fixtures']['query']>[number];
export type DiffResult = Output<Frameworks['diff']['query']>;
export type ImpactPreview = Output<Frameworks['impact']['get']['query']>;
export type ImpactSummary = NonNullable<ImpactPreview['result']>;

/** A framework definition as the editor holds it: plain JSON, possibly not (yet) valid. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = (string | number)[];
