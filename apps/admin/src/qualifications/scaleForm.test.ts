import { describe, expect, it } from 'vitest';
import { parseGrades, parsePoints } from './scaleForm.ts';

describe('grade scale form', () => {
  it('reads grades lowest first and refuses repeats', () => {
    expect(parseGrades(' U, E ,D,,C ')).toEqual({ grades: ['U', 'E', 'D', 'C'], error: null });
    expect(parseGrades('A, A').error).toContain('twice');
    expect(parseGrades('').error).toContain('Enter the grades');
  });
  it('reads points per grade, leaving blanks out', () => {
    expect(parsePoints(['U', 'E', 'A*'], { E: '16', 'A*': '56' })).toEqual({
      points: { E: 16, 'A*': 56 },
      error: null,
    });
    expect(parsePoints(['E'], { E: 'lots' }).error).toContain('Points for E');
  });
});
