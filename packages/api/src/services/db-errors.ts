/** The constraint a PostgreSQL unique violation names, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  if (e?.code !== '23505') return null;
  return e.constraint ?? e.message?.match(/constraint "([^"]+)"/)?.[1] ?? 'unique';
}
