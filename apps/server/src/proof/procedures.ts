import { appRouter } from '@bacc/api';
import type { z } from 'zod';

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] } };

/** Every tRPC procedure by path, found from the router itself. */
export const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
export const procedurePaths = Object.keys(procedures).sort();

type Callable = (input: unknown) => Promise<unknown>;

/** The procedure at a dotted path on a server-side caller. */
export const procedureAt = (caller: unknown, path: string) =>
  path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
