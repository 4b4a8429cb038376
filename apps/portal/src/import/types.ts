import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type ImportApi = BaccClient['centre']['import'];

export type MappingSuggestion = Output<ImportApi['suggestMapping']['mutate']>;
export type DryRun = Output<ImportApi['dryRun']['mutate']>;
export type CommitOutcome = Output<ImportApi['commit']['mutate']>;
export type ImportClient = ImportApi;
