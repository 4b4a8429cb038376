import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { CertificateComponent, CertificateData } from '../certificate-data.ts';
import {
  A4,
  ACCENT,
  ALERT,
  type Fonts,
  INK,
  longDate,
  MARGIN,
  MUTED,
  PageWriter,
  printable,
  type TextStyle,
  withBreakSpace,
  wrapText,
} from '../pdf/page-writer.ts';
import type { StructureElement, TaggedDocument } from '../pdf/structure.ts';
import { drawStatusMark } from './status-mark.ts';

const COLUMNS = [
  { heading: 'Component', width: 0.43 },
  { heading: 'Result', width: 0.15 },
  { heading: 'Measured', width: 0.21 },
  { heading: 'Required', width: 0.21 },
] as const;
const CELL_PADDING = 6;
const FOOTER_SPACE = MARGIN + 30;

/** Page 2 (and more if the components overflow): the transcript. */
export function drawTranscriptPages(
  doc: PDFDocument,
  tags: TaggedDocument,
  fonts: Fonts,
  section: StructureElement,
  data: CertificateData,
): void {
  let writer = startPage(doc, tags, fonts, section, data);
  writer.text(section, 'H2', `Transcript: ${data.learnerName}`, {
    font: fonts.serif,
    size: 22,
    minSize: 14,
    align: 'left',
  });
  writer.gap(8);
  const summary = [
    `${data.awardTitle}: ${data.tier}`,
    data.pathway ? `pathway ${data.pathway}` : null,
    data.grade ? `grade ${data.grade}` : null,
  ].filter(Boolean);
  writer.text(section, 'P', `${summary.join(', ')}.`, {
    font: fonts.regular,
    size: 11,
    align: 'left',
  });
  writer.gap(4);
  writer.text(
    section,
    'P',
    `Decided under ${data.frameworkName}, version ${data.frameworkVersion}, at ${data.centreName} (${data.trustName}), issued ${longDate(data.issuedOn)}.`,
    { font: fonts.regular, size: 10, color: MUTED, align: 'left' },
  );
  writer.gap(18);

  if (data.components.length === 0) {
    writer.text(section, 'P', 'This award records no component results.', {
      font: fonts.regular,
      size: 11,
      align: 'left',
    });
    return;
  }
  const table = tags.element(section, 'Table');
  drawRow(
    writer,
    table,
    COLUMNS.map((c) => c.heading),
    'TH',
    fonts,
  );
  for (const component of data.components) {
    const cells = componentCells(component);
    if (writer.cursor - rowHeight(cells, fonts, 'TD') < FOOTER_SPACE) {
      writer = startPage(doc, tags, fonts, section, data);
      writer.text(section, 'P', `Transcript: ${data.learnerName} (continued)`, {
        font: fonts.bold,
        size: 12,
        align: 'left',
      });
      writer.gap(10);
      drawRow(
        writer,
        table,
        COLUMNS.map((c) => c.heading),
        'TH',
        fonts,
      );
    }
    drawRow(writer, table, cells, 'TD', fonts, component.met);
  }
}

function startPage(
  doc: PDFDocument,
  tags: TaggedDocument,
  fonts: Fonts,
  section: StructureElement,
  data: CertificateData,
): PageWriter {
  const page = doc.addPage([A4.width, A4.height]);
  drawFooter(page, tags, fonts, data);
  const writer = new PageWriter(page, tags, fonts);
  drawStatusMark(writer, section, data.status);
  return writer;
}

function componentCells(component: CertificateComponent): string[] {
  return [
    component.name,
    component.met ? 'Met' : 'Not met',
    component.measured || '-',
    component.required || '-',
  ];
}

const tableWidth = A4.width - 2 * MARGIN;

function cellStyle(kind: 'TH' | 'TD', fonts: Fonts): TextStyle {
  return { font: kind === 'TH' ? fonts.bold : fonts.regular, size: 10, align: 'left' };
}

function rowHeight(cells: string[], fonts: Fonts, kind: 'TH' | 'TD'): number {
  const style = cellStyle(kind, fonts);
  const lines = cells.map((cell, i) => {
    const width = tableWidth * (COLUMNS[i]?.width ?? 0) - 2 * CELL_PADDING;
    const shown = printable(style.font, cell);
    return wrapText(shown.text, shown.font, style.size, width).length;
  });
  return Math.max(1, ...lines) * style.size * 1.25 + 2 * CELL_PADDING;
}

function drawRow(
  writer: PageWriter,
  table: StructureElement,
  cells: string[],
  kind: 'TH' | 'TD',
  fonts: Fonts,
  met?: boolean,
): void {
  const { page, tags } = writer;
  const height = rowHeight(cells, fonts, kind);
  const top = writer.cursor;
  tags.artifact(page, () => {
    if (kind === 'TH')
      page.drawRectangle({
        x: MARGIN,
        y: top - height,
        width: tableWidth,
        height,
        color: ACCENT,
        opacity: 0.1,
      });
    page.drawLine({
      start: { x: MARGIN, y: top - height },
      end: { x: MARGIN + tableWidth, y: top - height },
      thickness: 0.5,
      color: MUTED,
    });
  });
  const row = tags.element(table, 'TR');
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const width = tableWidth * (COLUMNS[i]?.width ?? 0);
    const element = tags.element(row, kind, kind === 'TH' ? { scope: 'Column' } : {});
    const style = cellStyle(kind, fonts);
    const color = kind === 'TD' && i === 1 ? (met ? ACCENT : ALERT) : INK;
    const cellWriter = new PageWriter(page, tags, fonts, top - CELL_PADDING);
    const shown = printable(style.font, cell);
    tags.mark(page, element, () => {
      const lines = wrapText(shown.text, shown.font, style.size, width - 2 * CELL_PADDING);
      lines.forEach((line, n) => {
        cellWriter.cursor -= style.size;
        page.drawText(withBreakSpace(line, n, lines.length), {
          x: x + CELL_PADDING,
          y: cellWriter.cursor,
          size: style.size,
          font: shown.font,
          color,
        });
        cellWriter.cursor -= style.size * 0.25;
      });
    });
    if (shown.readsBack !== cell) element.options.actualText = cell;
    x += width;
  });
  writer.cursor = top - height;
}

function drawFooter(
  page: PDFPage,
  tags: TaggedDocument,
  fonts: Fonts,
  data: CertificateData,
): void {
  tags.artifact(page, () => {
    const text = `Verification code ${data.verificationCode}  ·  ${data.verifyUrl}`;
    const shown = printable(fonts.regular, text);
    page.drawText(shown.text, {
      x: MARGIN,
      y: MARGIN - 10,
      size: 8,
      font: shown.font,
      color: MUTED,
    });
  });
}
