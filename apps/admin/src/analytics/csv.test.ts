import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and leaves plain values alone', () => {
    expect(csvCell('Kirkgate, Leeds')).toBe('"Kirkgate, Leeds"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+44 113')).toBe("'+44 113");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['Tier', 'Learners'],
        [
          ['Advanced', 3],
          ['No award', 0],
        ],
      ),
    ).toBe('Tier,Learners\r\nAdvanced,3\r\nNo award,0\r\n');
  });

  it('names the file after the table and the day', () => {
    expect(csvFileName('Learners by tier – Kirkgate', new Date('2026-11-22T10:00:00Z'))).toBe(
      'learners-by-tier-kirkgate-2026-11-22.csv',
    );
  });
});
