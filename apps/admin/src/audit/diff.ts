export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a person reads it; objects and lists as compact JSON. */
export function showValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// Bookkeeping that changes on every save and says nothing about what the person changed.
const NOISE = new Set(['updatedAt', 'updated_at', 'version']);

/**
 * The fields that differ between an audit event's before and after, in the order they first
 * appear. A creation lists what was set, a deletion what was removed. Non-object values are
 * treated as one field called "value".
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (NOISE.has(field) && before != null && after != null) continue;
    const from = showValue(b[field]);
    const to = showValue(a[field]);
    if (from !== to) changes.push({ field, before: from, after: to });
  }
  return changes;
}

/** "title: Old → New; hours: 10 → 12" for a CSV cell. */
export function changesText(changes: readonly FieldChange[]): string {
  return changes
    .map((c) => `${c.field}: ${c.before ?? '(none)'} → ${c.after ?? '(none)'}`)
    .join('; ');
}

/** "legalGivenName" -> "Legal given name". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
