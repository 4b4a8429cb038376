import { isCalendarDate } from '../dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

// Excel's own rule for two-digit years: 00-29 are 2000s, 30-99 are 1900s.
const fullYear = (y: string) =>
  y.length === 4 ? Number(y) : Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y);

function iso(year: number, month: number, day: number): string | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(value) ? value : null;
}

/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 29 Feb 1900). */
function fromExcelSerial(serial: number): string | null {
  if (serial < 61 || serial > 109_574) return null; // 1 March 1900 .. 31 December 2199
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date the way spreadsheets and MIS exports write them: yyyy-mm-dd, dd/mm/yyyy (UK
 * order, also with - or .), d-mmm-yy or d mmm yyyy, and Excel serial numbers. Returns
 * YYYY-MM-DD, or null when the text is not a real date in one of those forms.
 */
export function parseSpreadsheetDate(text: string): string | null {
  const value = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?: [\d:]+)?$/.exec(value);
  if (m) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})\.?[-\s/,]+(\d{4}|\d{2})$/.exec(value);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (month < 0) return null;
    return iso(fullYear(m[3]!), month + 1, Number(m[1]));
  }
  m = /^(\d{5})(?:\.\d+)?$/.exec(value);
  if (m) return fromExcelSerial(Number(value));
  return null;
}
