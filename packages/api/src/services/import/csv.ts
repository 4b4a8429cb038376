import Papa from 'papaparse';

export interface ParsedCsv {
  headers: string[];
  /** Rows under the header, numbered as a spreadsheet shows them (header = 1); blank rows left out. */
  rows: Array<{ row: number; cells: string[] }>;
  /** Problems the parser met (an unclosed quote, ...), by row, in words. */
  problems: string[];
}

/**
 * Reads CSV text as MIS exports write it: UTF-8 with or without a byte-order mark, CRLF or LF,
 * quoted fields with commas, quotes and line breaks inside. Cells are trimmed. The portal reads
 * files the same way (apps/portal/src/import/parseCsv.ts) so row numbers agree.
 */
export function parseCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const rows: ParsedCsv['rows'] = [];
  records.forEach((cells, i) => {
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.some((c) => c !== '')) rows.push({ row: i + 2, cells: trimmed });
  });
  return {
    headers: header.map((h) => h.trim()),
    rows,
    problems: parsed.errors.map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message}`),
  };
}
