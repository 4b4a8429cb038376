import { createHash } from 'node:crypto';
import { type ImportMapping, type ImportValues, normaliseHeader } from '@bacc/schema';

/** Reads each mapped field's cell from a row; unmapped fields read as ''. */
export function valuesReader(headers: readonly string[], mapping: ImportMapping) {
  const columns = Object.entries(mapping).map(
    ([field, header]) => [field, headers.indexOf(header)] as const,
  );
  return (cells: readonly string[]): ImportValues => {
    const values: Record<string, string> = {};
    for (const [field, index] of columns)
      values[field] = index >= 0 ? (cells[index] ?? '').trim() : '';
    return values;
  };
}

/**
 * SHA-256 of the file's normalised content: header and rows as parsed (no byte-order mark, any
 * line ending, cells trimmed, blank rows dropped), so a re-saved copy of the same data matches.
 */
export function fileHash(
  headers: readonly string[],
  rows: ReadonlyArray<{ cells: readonly string[] }>,
) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(headers.map((h) => h.trim())));
  for (const r of rows) hash.update(`\n${JSON.stringify(r.cells.map((c) => c.trim()))}`);
  return hash.digest('hex');
}

/** The key under which a centre's mapping for this header row is remembered. */
export function headerSignature(headers: readonly string[]) {
  return createHash('sha256')
    .update(JSON.stringify(headers.map(normaliseHeader)))
    .digest('hex');
}
