/**
 * The same text as V8 keeps it for property keys: one shared copy (internalised), which
 * `===`, `includes` and property lookups compare by pointer. Strings read from a definition
 * or built at compile time (labels, kinds, `named` keys, filter values) are fresh copies:
 * every comparison with them checks characters, and every lookup by them probes the string
 * table. Interning them once at compile time makes every evaluation's comparisons cheap.
 */
export function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}

export function internalizedAll<T extends readonly string[] | undefined>(list: T): T {
  return (list === undefined ? list : list.map(internalized)) as T;
}
