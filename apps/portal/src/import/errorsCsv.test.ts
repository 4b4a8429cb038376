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
