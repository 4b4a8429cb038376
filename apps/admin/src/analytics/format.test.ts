import { describe, expect, it } from 'vitest';
import { gapText, percent, points } from './format.ts';

describe('analytics figures', () => {
  it('writes shares as percentages and gaps as signed percentage points', () => {
    expect(percent(0.4236)).toBe('42.4%');
    expect(percent(null)).toBe('–');
    expect(points(0.4236)).toBe(42.4);
    expect(gapText(0.031)).toBe('+3.1 pp');
    expect(gapText(-0.1049)).toBe('−10.5 pp');
    expect(gapText(0.0001)).toBe('0.0 pp');
    expect(gapText(null)).toBe('–');
  });
});
