import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { databaseUnavailableError, isDatabaseUnavailable } from './database-unavailable.ts';
import { AppError } from './errors.ts';
import { inRowScope } from './row-scope/middleware.ts';

const codes = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
  invalid: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  throttled: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
} as const;

const GENERIC =
  'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.';

function describeZodError(error: ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return { issues, message: first ? `${first.message}${where}` : 'The input was not valid.' };
}

export interface ProcedureMeta {
  /**
   * 'system' for the narrow lookups by an unguessable key that must see every trust's rows
   * whoever asks (an award by its verification code); otherwise the caller's trust.
   */
  rowScope?: 'system';
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    isDev: false,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const app = cause instanceof AppError ? cause : null;
      const zod = cause instanceof ZodError ? describeZodError(cause) : null;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        message: internal ? GENERIC : (zod?.message ?? shape.message),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          issues: zod?.issues ?? null,
          details: app?.details ?? null,
        },
      };
    },
  });

/** The one place where application errors become tRPC codes; anything else stays internal. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const app = result.error.cause;
    throw new TRPCError({ code: codes[app.kind], message: app.message, cause: app });
  }
  if (!result.ok && isDatabaseUnavailable(result.error.cause))
    throw databaseUnavailableError(result.error.cause);
  if (!result.ok && result.error.cause instanceof ZodError && result.error.code === 'BAD_REQUEST') {
    const { message } = describeZodError(result.error.cause);
    throw new TRPCError({ code: 'BAD_REQUEST', message, cause: result.error.cause });
  }
  return result;
});

// NUL and half a surrogate pair: PostgreSQL text and jsonb cannot store either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function holdsUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  for (const [key, inner] of Object.entries(value))
    if (unstorable(key) || holdsUnstorableText(inner, depth + 1)) return true;
  return false;
}

// Refused at the door with a sentence, rather than by the database as an internal error.
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  if (holdsUnstorableText(await getRawInput()))
    throw new AppError(
      'invalid',
      'Some text holds a character that cannot be stored (a NUL or a broken Unicode sequence). Remove it and try again.',
    );
  return next();
});

// Every procedure runs in one transaction bound to the caller's row scope (row-level security).
const scopeRows = t.middleware(({ ctx, meta, next }) =>
  inRowScope(ctx, meta?.rowScope, (scoped) => next({ ctx: { ...ctx, ...scoped } })),
);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export const publicProcedure = t.procedure
  .use(mapAppErrors)
  .use(refuseUnstorableText)
  .use(scopeRows);
