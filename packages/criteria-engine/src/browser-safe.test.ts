import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );

describe('browser safety', () => {
  it('uses no Node-only module or global in src', () => {
    for (const file of sources(join(import.meta.dirname, '.'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /from ['"]node:|require\(|\bBuffer\b|\bprocess\.|from ['"](fs|path|crypto|os)['"]/,
      );
    }
  });
});
