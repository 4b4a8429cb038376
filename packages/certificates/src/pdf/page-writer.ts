import {
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type RGB,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { type PrintableText, toPrintable } from './printable-text.ts';
import type { StructureElement, StructureType, TaggedDocument } from './structure.ts';
import { UnicodeFont } from './unicode-font.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 56;

export const INK = rgb(0.11, 0.15, 0.25);
export const MUTED = rgb(0.3, 0.33, 0.4);
export const ACCENT = rgb(0.05, 0.3, 0.55);
export const ALERT = rgb(0.72, 0.07, 0.07);

/**
 * A typeface: a standard PDF font (nothing embedded, WinAnsi only) and, where one is needed,
 * the embedded font that draws what the standard one cannot. See `printable`.
 */
export interface Face {
  standard: PDFFont;
  unicode: UnicodeFont | null;
}

export interface Fonts {
  regular: Face;
  bold: Face;
  serif: Face;
  serifItalic: Face;
  /** Only ever draws verification codes (A-Z and 2-9), so it has no embedded counterpart. */
  mono: Face;
}

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  const [regular, bold, serif, serifItalic, mono] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.TimesRomanBold),
    doc.embedFont(StandardFonts.TimesRomanItalic),
    doc.embedFont(StandardFonts.CourierBold),
  ]);
  const [sans, sansBold, serifBold, serifItalicUnicode] = await Promise.all([
    UnicodeFont.open(doc, 'sans'),
    UnicodeFont.open(doc, 'sansBold'),
    UnicodeFont.open(doc, 'serifBold'),
    UnicodeFont.open(doc, 'serifItalic'),
  ]);
  return {
    regular: { standard: regular, unicode: sans },
    bold: { standard: bold, unicode: sansBold },
    serif: { standard: serif, unicode: serifBold },
    serifItalic: { standard: serifItalic, unicode: serifItalicUnicode },
    mono: { standard: mono, unicode: null },
  };
}

/** Writes the subsets of the embedded fonts that were used; call after the last text. */
export async function embedUsedFonts(fonts: Fonts): Promise<void> {
  for (const face of Object.values(fonts)) await face.unicode?.embed();
}

export interface TextStyle {
  font: Face;
  size: number;
  color?: RGB;
  /** Shrink to fit one line down to this size before wrapping. */
  minSize?: number;
  align?: 'centre' | 'left';
}

/** Text as it will be drawn: the font chosen for it, and the characters that font can draw. */
export interface ShownText extends PrintableText {
  font: PDFFont;
  /** What text extraction reads back; where it differs from the text, tag /ActualText. */
  readsBack: string;
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

function standardCanDraw(font: PDFFont): (codePoint: number) => boolean {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  const known = set;
  return (codePoint) => known.has(codePoint);
}

/**
 * Chooses the font for `text`: the standard font when it draws every character, so most text
 * embeds nothing; otherwise the embedded font, which draws Latin (Vietnamese included), Greek
 * and Cyrillic exactly. What neither draws falls back as printable-text.ts describes.
 */
export function printable(face: Face, text: string): ShownText {
  const standard = toPrintable(text, standardCanDraw(face.standard));
  const inStandard = { ...standard, font: face.standard, readsBack: standard.text };
  if (!face.unicode || standard.exact) return inStandard;
  const unicode = face.unicode;
  const embedded = toPrintable(text, (codePoint) => unicode.canDraw(codePoint));
  // Nothing gained (say, a name wholly in Chinese): keep the standard font, embed nothing.
  if (embedded.text === standard.text) return inStandard;
  return { ...embedded, font: unicode.font, readsBack: unicode.readBack(embedded.text) };
}

export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A single word wider than the line is cut, never drawn off the page.
  return lines.flatMap((l) => splitLongWord(l, font, size, maxWidth));
}

function splitLongWord(line: string, font: PDFFont, size: number, maxWidth: number): string[] {
  if (font.widthOfTextAtSize(line, size) <= maxWidth) return [line];
  const parts: string[] = [];
  let part = '';
  for (const ch of line) {
    if (part && font.widthOfTextAtSize(part + ch, size) > maxWidth) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** Writes tagged text down a page from the top, keeping a cursor. */
export class PageWriter {
  cursor: number;

  constructor(
    readonly page: PDFPage,
    readonly tags: TaggedDocument,
    readonly fonts: Fonts,
    top = A4.height - MARGIN,
  ) {
    this.cursor = top;
  }

  /** Draws `text` as one structure element below the cursor; returns the element. */
  text(
    parent: StructureElement,
    type: StructureType,
    text: string,
    style: TextStyle,
    box: { x: number; width: number } = { x: MARGIN, width: A4.width - 2 * MARGIN },
  ): { element: StructureElement; lossy: boolean } {
    const shown = printable(style.font, text);
    const { font } = shown;
    let size = style.size;
    if (style.minSize !== undefined) {
      while (size > style.minSize && font.widthOfTextAtSize(shown.text, size) > box.width)
        size -= 0.5;
    }
    const lines = wrapText(shown.text, font, size, box.width);
    const element = this.tags.element(
      parent,
      type,
      shown.readsBack === text ? {} : { actualText: text },
    );
    const lineHeight = size * 1.25;
    this.tags.mark(this.page, element, () => {
      lines.forEach((line, i) => {
        this.cursor -= size;
        const width = font.widthOfTextAtSize(line, size);
        const x = style.align === 'left' ? box.x : box.x + (box.width - width) / 2;
        this.page.drawText(withBreakSpace(line, i, lines.length), {
          x,
          y: this.cursor,
          size,
          font,
          color: style.color ?? INK,
        });
        this.cursor -= lineHeight - size;
      });
    });
    return { element, lossy: shown.lossy };
  }

  gap(points: number): void {
    this.cursor -= points;
  }
}

/**
 * Wrapped lines keep the space they were broken at (drawn, invisible, at the line's end), so
 * text extraction and screen readers do not run the last word of one line into the next.
 */
export function withBreakSpace(line: string, index: number, count: number): string {
  return index < count - 1 ? `${line} ` : line;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-11-22" -> "22 November 2026", without time zones getting involved. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
