import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { CustomFontSubsetEmbedder, type PDFDocument, PDFFont } from 'pdf-lib';
import { padGlyphs } from './truetype-glyphs.ts';

/**
 * Fonts embedded for text the standard PDF fonts cannot draw. Arimo and Tinos (SIL Open Font
 * License 1.1, from the @expo-google-fonts packages) are metric-compatible with Helvetica and
 * Times, so a name drawn in them looks like its neighbours and takes the same room. They are
 * read from the installed packages' files, never fetched.
 */
export const UNICODE_FONT_FILES = {
  sans: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  sansBold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  serifBold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  serifItalic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
} as const;

export type UnicodeFontFile = keyof typeof UNICODE_FONT_FILES;

type FontkitFont = ReturnType<typeof fontkit.create>;
type EmbedderFontkit = Parameters<typeof CustomFontSubsetEmbedder.for>[0];

interface LoadedFont {
  bytes: Uint8Array;
  font: FontkitFont;
  /** Each code point the font draws -> the one its glyph reads back as (see `load`). */
  readsBackAs: Map<number, number>;
}

const PRIVATE_USE = /^\p{Co}$/u;

const resolve = createRequire(import.meta.url).resolve;
const loaded = new Map<UnicodeFontFile, LoadedFont>();

/**
 * Parsed once per process (parsing and the first layout cost about 70 ms a font): every
 * document shares the parsed font and keeps its own subset. fontkit keeps one glyph object per
 * glyph, holding the code points it was first looked up with, and pdf-lib writes those into
 * the /ToUnicode map that text extraction reads. A subset looks up accents and base letters as
 * parts of composite glyphs, with no code points; a later document drawing that letter would
 * then extract as nothing. So every glyph is looked up here once, by its first code point
 * outside the private use area, and the few glyphs that serve two characters (Latin Ə and
 * Cyrillic Ә, say) are known, so the caller can add /ActualText for them.
 */
function load(file: UnicodeFontFile): LoadedFont {
  let hit = loaded.get(file);
  if (!hit) {
    const bytes = padGlyphs(new Uint8Array(readFileSync(resolve(UNICODE_FONT_FILES[file]))));
    const font = fontkit.create(bytes);
    const readsBackAs = new Map<number, number>();
    const ordered = [...font.characterSet].sort(
      (a, b) =>
        Number(PRIVATE_USE.test(String.fromCodePoint(a))) -
          Number(PRIVATE_USE.test(String.fromCodePoint(b))) || a - b,
    );
    for (const codePoint of ordered)
      readsBackAs.set(codePoint, font.glyphForCodePoint(codePoint).codePoints[0] ?? codePoint);
    rememberLayouts(font);
    hit = { bytes, font, readsBackAs };
    loaded.set(file, hit);
  }
  return hit;
}

/**
 * pdf-lib lays a string out once to measure it and again to draw it, and wrapping measures
 * each growing line; the layout is the costly part of drawing embedded text, so the shared
 * font remembers recent ones (a glyph run is only read, never changed).
 */
function rememberLayouts(font: FontkitFont): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<typeof layout>>();
  font.layout = (text, features) => {
    if (features !== UNPOSITIONED) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= 5000) runs.clear();
      run = layout(text, features);
      runs.set(text, run);
    }
    return run;
  };
}

/**
 * Scripts pdf-lib can draw correctly: written left to right, one glyph per character, no
 * shaping. Hebrew is in the fonts but right to left, so it keeps the fallback (as do Arabic,
 * the Indic scripts and CJK, which these fonts lack anyway).
 */
const LEFT_TO_RIGHT_UNSHAPED =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]$/u;

/**
 * pdf-lib draws each glyph at its advance and ignores glyph positioning (GPOS), so working it
 * out is wasted: without kerning and mark placement a layout takes about a tenth of the time.
 */
const UNPOSITIONED = { kern: false, mark: false, mkmk: false };

/** Six capital letters: the tag that names a font subset (PDF 1.7, 9.6.4). */
function subsetTag(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join('');
}

/**
 * One document's subset of an embedded font. The font is added to the PDF only if some text
 * needs it, and its subset (just the glyphs drawn) is written once, when the document's text is
 * all drawn: a cohort file carries one subset of each font for every learner in it.
 */
export class UnicodeFont {
  private pdfFont: PDFFont | undefined;
  private embedded = false;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly embedder: CustomFontSubsetEmbedder,
    private readonly readsBackAs: Map<number, number>,
  ) {}

  static async open(doc: PDFDocument, file: UnicodeFontFile): Promise<UnicodeFont> {
    const { bytes, font, readsBackAs } = load(file);
    const parsed = { create: () => font } as unknown as EmbedderFontkit;
    const name = `${subsetTag()}+${font.postscriptName}`;
    const embedder = await CustomFontSubsetEmbedder.for(parsed, bytes, name, UNPOSITIONED);
    return new UnicodeFont(doc, embedder, readsBackAs);
  }

  canDraw(codePoint: number): boolean {
    return (
      this.readsBackAs.has(codePoint) &&
      LEFT_TO_RIGHT_UNSHAPED.test(String.fromCodePoint(codePoint))
    );
  }

  /** What a text extractor reads from `text` drawn in this font. */
  readBack(text: string): string {
    return String.fromCodePoint(
      ...[...text].map((ch) => {
        const codePoint = ch.codePointAt(0) ?? 0;
        return this.readsBackAs.get(codePoint) ?? codePoint;
      }),
    );
  }

  /** The PDF font; the first call adds it to the document. */
  get font(): PDFFont {
    if (this.embedded) throw new Error('The embedded font was written already; draw before that.');
    this.pdfFont ??= PDFFont.of(this.doc.context.nextRef(), this.doc, this.embedder);
    return this.pdfFont;
  }

  /** Writes the subset, if anything used the font. Call once, after the last text is drawn. */
  async embed(): Promise<void> {
    if (this.embedded) return;
    this.embedded = true;
    await this.pdfFont?.embed();
  }
}
