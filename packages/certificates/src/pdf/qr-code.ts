import {
  fill,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
} from 'pdf-lib';
import { create } from 'qrcode';

/** Quiet zone in modules around the symbol, as the QR specification asks. */
export const QR_QUIET_ZONE = 4;

export interface QrPlacement {
  x: number;
  y: number;
  /** Side of the whole square, quiet zone included, in points. */
  size: number;
}

/** Dark modules of the QR symbol for `text`, row by row from the top. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let row = 0; row < modules.size; row++) {
    const cells: boolean[] = [];
    for (let col = 0; col < modules.size; col++) cells.push(modules.get(row, col) === 1);
    rows.push(cells);
  }
  return rows;
}

/** Draws the QR code as vector squares (one rectangle per horizontal run of dark modules). */
export function drawQrCode(page: PDFPage, text: string, at: QrPlacement): void {
  const matrix = qrMatrix(text);
  const modulesAcross = matrix.length + 2 * QR_QUIET_ZONE;
  const cell = at.size / modulesAcross;
  const ops = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  matrix.forEach((cells, row) => {
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < cells.length && cells[col]) col++;
      const x = at.x + (QR_QUIET_ZONE + start) * cell;
      const y = at.y + at.size - (QR_QUIET_ZONE + row + 1) * cell;
      ops.push(rectangle(round(x), round(y), round((col - start) * cell), round(cell)));
    }
  });
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
