import { describe, expect, it } from 'vitest';
import { problemsCsv } from './errorsCsv.ts';

describe('problems CSV', () => {
  it('quotes, escapes and defuses formulas', () => {
    expect(
      problemsCsv([
        { row: 3, column: 'DOB', message: 'Date of birth "31/02/2008" is not a date, check it' },
        { row: 4, column: '=cmd', message: 'x' },
      ]),
    ).toBe(
      '\uFEFFRow,Column,Problem\r\n3,DOB,"Date of birth ""31/02/2008"" is not a date, check it"\r\n4,\'=cmd,x\r\n',
    );
  });
});

describe('upload chunks', () => {
  it('splits by rows and by size', async () => {
    const { chunksOf } = await import('./runImport.ts');
    const rows = Array.from({ length: 4_500 }, (_, i) => ({ row: i + 2, cells: ['x'] }));
    expect([...chunksOf(rows)].map((c) => c.length)).toEqual([2_000, 2_000, 500]);
    const wide = Array.from({ length: 3 }, (_, i) => ({
      row: i + 2,
      cells: ['y'.repeat(900_000)],
    }));
    expect([...chunksOf(wide)].map((c) => c.length)).toEqual([2, 1]);
  });
});
