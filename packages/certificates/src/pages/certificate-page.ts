import type { PDFDocument } from 'pdf-lib';
import type { CertificateData } from '../certificate-data.ts';
import { A4, ACCENT, type Fonts, longDate, MARGIN, MUTED, PageWriter } from '../pdf/page-writer.ts';
import { drawQrCode } from '../pdf/qr-code.ts';
import type { StructureElement, TaggedDocument } from '../pdf/structure.ts';
import { drawStatusMark } from './status-mark.ts';

const QR_SIZE = 132;

/** Page 1: the certificate itself. */
export function drawCertificatePage(
  doc: PDFDocument,
  tags: TaggedDocument,
  fonts: Fonts,
  section: StructureElement,
  data: CertificateData,
): void {
  const page = doc.addPage([A4.width, A4.height]);
  drawFrame(page, tags);
  const w = new PageWriter(page, tags, fonts, A4.height - MARGIN - 16);
  drawStatusMark(w, section, data.status);

  w.text(section, 'P', data.trustName.toUpperCase(), {
    font: fonts.bold,
    size: 12,
    color: ACCENT,
    minSize: 8,
  });
  w.gap(28);
  w.text(section, 'H1', data.awardTitle, { font: fonts.serif, size: 32, minSize: 20 });
  w.gap(30);
  w.text(section, 'P', 'This is to certify that', {
    font: fonts.serifItalic,
    size: 16,
    color: MUTED,
  });
  w.gap(18);
  const name = w.text(section, 'P', data.learnerName, { font: fonts.serif, size: 36, minSize: 18 });
  w.gap(18);
  w.text(section, 'P', 'has achieved the award at', {
    font: fonts.serifItalic,
    size: 16,
    color: MUTED,
  });
  w.gap(14);
  w.text(section, 'P', data.tier, { font: fonts.serif, size: 30, color: ACCENT, minSize: 18 });
  w.gap(16);
  const details = [
    data.pathway ? `Pathway: ${data.pathway}` : null,
    data.grade ? `Grade: ${data.grade}` : null,
  ].filter((line): line is string => line !== null);
  if (details.length > 0) {
    w.text(section, 'P', details.join('   ·   '), { font: fonts.regular, size: 14, minSize: 10 });
    w.gap(16);
  }
  w.text(section, 'P', `Awarded by ${data.centreName} on ${longDate(data.issuedOn)}.`, {
    font: fonts.regular,
    size: 13,
    minSize: 9,
  });
  if (name.lossy) {
    w.gap(10);
    w.text(
      section,
      'P',
      "Some characters of the learner's name cannot be printed in this typeface; the verification page shows the name in full.",
      { font: fonts.regular, size: 9, color: MUTED },
    );
  }

  drawVerificationBlock(page, tags, fonts, section, data);
}

function drawVerificationBlock(
  page: ReturnType<PDFDocument['addPage']>,
  tags: TaggedDocument,
  fonts: Fonts,
  section: StructureElement,
  data: CertificateData,
): void {
  const bottom = MARGIN + 24;
  const figure = tags.element(section, 'Figure', {
    alt: `QR code linking to the verification page for this award: ${data.verifyUrl}`,
  });
  tags.mark(page, figure, () =>
    drawQrCode(page, data.verifyUrl, { x: MARGIN + 8, y: bottom, size: QR_SIZE }),
  );
  const textX = MARGIN + 8 + QR_SIZE + 16;
  const box = { x: textX, width: A4.width - MARGIN - 8 - textX };
  const w = new PageWriter(page, tags, fonts, bottom + QR_SIZE - 14);
  w.text(section, 'P', 'Check this award', { font: fonts.bold, size: 13, align: 'left' }, box);
  w.gap(6);
  w.text(
    section,
    'P',
    'Scan the code, or visit the address below and enter the verification code.',
    { font: fonts.regular, size: 10, color: MUTED, align: 'left' },
    box,
  );
  w.gap(8);
  w.text(
    section,
    'P',
    data.verifyUrl,
    { font: fonts.regular, size: 10, color: ACCENT, align: 'left' },
    box,
  );
  w.gap(10);
  w.text(
    section,
    'P',
    'Verification code',
    { font: fonts.regular, size: 9, color: MUTED, align: 'left' },
    box,
  );
  w.gap(3);
  w.text(
    section,
    'P',
    data.verificationCode,
    { font: fonts.mono, size: 16, align: 'left', minSize: 10 },
    box,
  );
  w.gap(10);
  w.text(
    section,
    'P',
    `${data.frameworkName}, version ${data.frameworkVersion}`,
    { font: fonts.regular, size: 8, color: MUTED, align: 'left' },
    box,
  );
}

function drawFrame(page: ReturnType<PDFDocument['addPage']>, tags: TaggedDocument): void {
  tags.artifact(page, () => {
    const inset = 24;
    page.drawRectangle({
      x: inset,
      y: inset,
      width: A4.width - 2 * inset,
      height: A4.height - 2 * inset,
      borderColor: ACCENT,
      borderWidth: 3,
    });
    page.drawRectangle({
      x: inset + 7,
      y: inset + 7,
      width: A4.width - 2 * inset - 14,
      height: A4.height - 2 * inset - 14,
      borderColor: ACCENT,
      borderWidth: 0.75,
    });
  });
}
