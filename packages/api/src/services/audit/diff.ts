export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping that changes on every save and says nothing to a reader.
const IGNORED = new Set(['id', 'version', 'updatedAt', 'updated_at', 'createdAt', 'created_at']);

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between an event's before and after, in the order they first appear. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return (
    fields
      // Links to other records (learnerId, submissionId) are identifiers, not readable changes.
      .filter((f) => !IGNORED.has(f) && !f.endsWith('Id') && !same(b[f], a[f]))
      .map((f) => ({
        field: f,
        before: b[f] === undefined ? null : b[f],
        after: a[f] === undefined ? null : a[f],
      }))
  );
}
