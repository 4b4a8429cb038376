import { describeError, errorCode } from '@bacc/ui';

export type FieldErrors = Record<string, string>;

/** The first problem for each field of a failed client-side parse. */
export function zodFieldErrors(error: {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in out)) out[field] = issue.message;
  }
  return out;
}

interface ServerFailure {
  fields: FieldErrors;
  message: string;
  /** The record as someone else saved it, when the save was refused as stale. */
  current: Record<string, unknown> | null;
  conflict: boolean;
}

/**
 * What a refused save means for the form: the server's per-field problems (zod issues, or an
 * application error naming its field), its sentence, and the current values of a stale edit.
 */
export function serverFailure(error: unknown, wrapper: string): ServerFailure {
  const data = (error as { data?: { issues?: unknown; details?: unknown } } | null)?.data;
  const details = (data?.details ?? null) as {
    field?: string;
    issues?: Array<{ path: string[]; message: string }>;
    current?: Record<string, unknown>;
  } | null;
  const issues =
    (data?.issues as Array<{ path: string[]; message: string }> | null) ?? details?.issues ?? [];
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === wrapper ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (field && !(field in fields)) fields[field] = issue.message;
  }
  if (details?.field && !(details.field in fields)) fields[details.field] = describeError(error);
  return {
    fields,
    message: describeError(error),
    current: details?.current ?? null,
    conflict: errorCode(error) === 'CONFLICT',
  };
}

export const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());
export const numberOrNaN = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
