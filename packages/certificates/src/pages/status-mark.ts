import { degrees, rgb } from 'pdf-lib';
import type { CertificateStatus } from '../certificate-data.ts';
import { A4, ALERT, MARGIN, type PageWriter } from '../pdf/page-writer.ts';
import type { StructureElement } from '../pdf/structure.ts';

const WORDS: Record<Exclude<CertificateStatus, 'valid'>, { mark: string; sentence: string }> = {
  revoked: {
    mark: 'REVOKED',
    sentence: 'REVOKED: this award has been revoked and is no longer valid.',
  },
  superseded: {
    mark: 'SUPERSEDED',
    sentence: 'SUPERSEDED: this award has been replaced by a newer one and is no longer current.',
  },
};

/**
 * A revoked or superseded award says so twice: a banner sentence read first by assistive
 * technology, and a large diagonal word across the page (decoration, so an artifact).
 */
export function drawStatusMark(
  writer: PageWriter,
  parent: StructureElement,
  status: CertificateStatus,
): void {
  if (status === 'valid') return;
  const { mark, sentence } = WORDS[status];
  const { page, tags, fonts } = writer;
  const font = fonts.bold.standard;
  const size = Math.min(90, (A4.width - MARGIN) / font.widthOfTextAtSize(mark, 1));
  const width = font.widthOfTextAtSize(mark, size);
  const angle = 35;
  const radians = (angle * Math.PI) / 180;
  tags.artifact(page, () => {
    page.drawText(mark, {
      x: A4.width / 2 - (Math.cos(radians) * width) / 2,
      y: A4.height / 2 - (Math.sin(radians) * width) / 2,
      size,
      font,
      color: ALERT,
      opacity: 0.18,
      rotate: degrees(angle),
    });
    page.drawRectangle({
      x: MARGIN,
      y: writer.cursor - 30,
      width: A4.width - 2 * MARGIN,
      height: 30,
      color: ALERT,
    });
  });
  writer.gap(9);
  writer.text(parent, 'P', sentence, {
    font: fonts.bold,
    size: 11,
    minSize: 8,
    color: rgb(1, 1, 1),
  });
  writer.gap(14);
}
