import type { FrameworkDefinition } from '@bacc/schema';
import { describe, expect, it } from 'vitest';
import { diffFrameworks } from './diff.ts';
import { nationalBaccalaureate } from './fixtures/index.ts';

describe('diffFrameworks', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffFrameworks(nationalBaccalaureate, structuredClone(nationalBaccalaureate))).toEqual(
      [],
    );
  });

  it('lists changed thresholds, added and removed tiers, in words', () => {
    const next: FrameworkDefinition = structuredClone(nationalBaccalaureate);
    next.version = '2025.1';
    const pdp = next.tiers[0]!.requirements[2]!.rule;
    if (pdp.kind !== 'all' || pdp.of[0]!.kind !== 'compare') throw new Error('fixture changed');
    pdp.of[0]!.value = 120;
    next.tiers = next.tiers.filter((t) => t.id !== 'entry');
    next.components.push({ id: 'destinations', name: 'Destinations' });
    const changes = diffFrameworks(nationalBaccalaureate, next).map((c) => [
      c.change,
      c.path.join('.'),
      c.text,
    ]);
    expect(changes).toEqual([
      ['changed', 'version', 'version: changed from "2024.1" to "2025.1"'],
      [
        'added',
        'components.destinations',
        'component "Destinations": added {"id":"destinations","name":"Destinations"}',
      ],
      [
        'changed',
        'tiers.advanced.requirements.personal_development.rule.of.0.value',
        'tier "Advanced" › requirement "personal_development" › rule › of › 0 › value: changed from 100 to 120',
      ],
      ['removed', 'tiers.entry', expect.stringMatching(/^tier "Entry": removed \(was \{/)],
    ]);
  });
});
