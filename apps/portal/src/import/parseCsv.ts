import Papa from 'papaparse';

export interface ParsedFile {
  fileName: string;
  headers: string[];
  /** Rows under the header, numbered as a spreadsheet shows them (header = 1); blank rows left out. */
  rows: Array<{ row: number; cells: string[] }>;
  problems: string[];
}

/**
 * Reads a CSV file in the browser in slices, reporting progress, the same way the server's
 * parseCsv (packages/api/src/services/import/csv.ts) reads text: BOM dropped, CRLF or LF, quoted
 * fields with commas and line breaks, cells trimmed, blank rows skipped but counted.
 */
export function parseCsvFile(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    let headers: string[] | null = null;
    let index = 0;
    const rows: ParsedFile['rows'] = [];
    const problems: string[] = [];
    Papa.parse<string[]>(file, {
      skipEmptyLines: false,
      chunkSize: 256 * 1024,
      chunk(results) {
        for (const record of results.data) {
          index++;
          const cells = record.map((c) => c.trim());
          if (headers === null)
            headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
          else if (cells.some((c) => c !== '')) rows.push({ row: index, cells });
        }
        for (const e of results.errors) problems.push(`Around row ${index}: ${e.message}`);
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, file.size)));
      },
      complete() {
        onProgress(1);
        resolve({ fileName: file.name, headers: headers ?? [], rows, problems });
      },
      error(error) {
        reject(error);
      },
    });
  });
}
