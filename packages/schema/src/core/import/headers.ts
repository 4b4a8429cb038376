import { type ImportKind, importFieldGroups, importFields } from './fields.ts';

/** Bacc field key -> the file's header it is read from. */
export type ImportMapping = Record<string, string>;

/** "Legal Surname", "legal_surname" and "LEGAL-SURNAME " all compare equal. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Guesses which column holds each Bacc field: an exact synonym first, then a header that
 * contains a synonym as whole words. Each header is used at most once.
 */
export function guessMapping(kind: ImportKind, headers: readonly string[]): ImportMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  const pass = (matches: (header: string, synonym: string) => boolean) => {
    for (const field of importFields[kind]) {
      if (mapping[field.key]) continue;
      for (const synonym of field.synonyms) {
        const index = normalised.findIndex((h, i) => !used.has(i) && matches(h, synonym));
        if (index >= 0) {
          mapping[field.key] = headers[index]!;
          used.add(index);
          break;
        }
      }
    }
  };
  pass((h, s) => h === s);
  pass((h, s) => s.length > 2 && ` ${h} `.includes(` ${s} `));
  return mapping;
}

/** Keeps only fields of this kind mapped to headers that exist in this file. */
export function applicableMapping(
  kind: ImportKind,
  headers: readonly string[],
  mapping: ImportMapping,
): ImportMapping {
  const present = new Set(headers);
  const keys = new Set(importFields[kind].map((f) => f.key));
  return Object.fromEntries(
    Object.entries(mapping).filter(([k, h]) => keys.has(k) && h !== '' && present.has(h)),
  );
}

/** What is missing from a mapping before rows can be read, in words; empty when complete. */
export function mappingProblems(kind: ImportKind, mapping: ImportMapping): string[] {
  const problems: string[] = [];
  for (const field of importFields[kind])
    if (field.required && !mapping[field.key])
      problems.push(`Choose the column for ${field.label}`);
  for (const group of importFieldGroups[kind])
    if (!group.keys.some((k) => mapping[k])) problems.push(group.message);
  return problems;
}
