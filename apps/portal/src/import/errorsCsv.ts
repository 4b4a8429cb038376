export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

// A spreadsheet would run a cell starting with = + - @ as a formula; a leading ' keeps it text.
const cell = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The problems as a CSV a spreadsheet opens (UTF-8 with BOM, CRLF), one problem a line. */
export function problemsCsv(problems: readonly RowProblem[]): string {
  const lines = [
    ['Row', 'Column', 'Problem'],
    ...problems.map((p) => [p.row, p.column, p.message]),
  ];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
