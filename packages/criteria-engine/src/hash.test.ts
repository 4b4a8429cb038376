import { describe, expect, it } from 'vitest';
import { compileFramework } from './compile-framework.ts';
import { frameworkFixtures, nationalBaccalaureate } from './fixtures/index.ts';
import { canonicalJson, hashFramework } from './hash.ts';

describe('hashFramework', () => {
  it('ignores key order and changes with any value', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    const reordered = Object.fromEntries(
      Object.entries(nationalBaccalaureate).reverse(),
    ) as typeof nationalBaccalaureate;
    expect(hashFramework(reordered)).toBe(hashFramework(nationalBaccalaureate));
    expect(hashFramework({ ...nationalBaccalaureate, version: '2024.2' })).not.toBe(
      hashFramework(nationalBaccalaureate),
    );
    expect(hashFramework(nationalBaccalaureate)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is recorded on every decision with the version, and the compiled version cannot drift', () => {
    for (const def of Object.values(frameworkFixtures)) {
      const compiled = compileFramework(def);
      const decision = compiled.evaluate({
        learnerId: 'x',
        results: [],
        projects: [],
        activities: [],
      });
      expect([decision.frameworkId, decision.frameworkVersion, decision.frameworkHash]).toEqual([
        def.id,
        def.version,
        hashFramework(def),
      ]);
      expect(Object.isFrozen(compiled.definition.tiers[0])).toBe(true);
      // A version stored as JSON and compiled again keeps its hash.
      expect(compileFramework(JSON.parse(JSON.stringify(def))).hash).toBe(compiled.hash);
    }
  });
});
