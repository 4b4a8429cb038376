import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { UNICODE_FONT_FILES } from './pdf/unicode-font.ts';
import { renderCertificate, renderCohortCertificates } from './render.ts';
import {
  allElements,
  elementText,
  embeddedFonts,
  type ReadPdf,
  readPdf,
  type StructureNode,
} from './testing/read-pdf.ts';
import { sampleCertificate } from './testing/sample.ts';

const NAMES = [
  ['Polish', 'Łukasz Żółkiewski-Wiśniewska'],
  ['Romanian (comma below)', 'Ștefan Țurcanu-Mărășești'],
  ['Lithuanian', 'Gabrielė Žemaitė-Ąžuolaitė'],
  ['Turkish', 'İsmail Ağaoğlu'],
  ['Vietnamese', 'Nguyễn Thị Phương Trần'],
  ['Greek', 'Αλέξανδρος Παπαδόπουλος'],
  ['Cyrillic (Ukrainian)', 'Олена Ґудзь-Їжакевич'],
  ['Cyrillic (Bulgarian)', 'Божидар Стоянов'],
] as const;

const SUBSET = (family: string) => new RegExp(`^[A-Z]{6}\\+${family}$`);
const pageText = (pdf: ReadPdf, index: number) => pdf.pages[index]?.texts.join(' ') ?? '';

function paragraphDrawing(pdf: ReadPdf, text: string): StructureNode {
  const found = allElements(pdf.structure).find(
    (e) => e.type === 'P' && (e.actualText ?? elementText(pdf, e)) === text,
  );
  if (!found) throw new Error(`No paragraph for ${text}`);
  return found;
}

function fontsOf(pdf: ReadPdf, element: StructureNode): string[] {
  return element.content.flatMap(
    ({ page, mcid }) => pdf.pages[page]?.marked.get(mcid)?.fonts ?? [],
  );
}

const originalFont = (file: keyof typeof UNICODE_FONT_FILES) =>
  fontkit.create(readFileSync(createRequire(import.meta.url).resolve(UNICODE_FONT_FILES[file])));

describe('names in other scripts', () => {
  it.each(NAMES)('prints a %s name exactly, in the embedded serif', async (_, name) => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName: name })));
    const element = paragraphDrawing(pdf, name);
    expect(elementText(pdf, element)).toBe(name);
    // Drawn exactly, so the text layer needs no /ActualText to say what it is.
    expect(element.actualText).toBeUndefined();
    expect(fontsOf(pdf, element).every((font) => SUBSET('Tinos-Bold').test(font))).toBe(true);
    expect(pageText(pdf, 0)).not.toContain('cannot be printed');
    expect(pageText(pdf, 1)).toContain(`Transcript: ${name}`);
  });

  it('embeds a small subset whose glyphs are the font’s own outlines', async () => {
    const name = 'Łukasz Żółkiewski Ștefan Nguyễn Αλέξανδρος Ґудзь';
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName: name })));
    const fonts = embeddedFonts(pdf);
    expect(fonts.map((f) => f.baseFont)).toEqual([expect.stringMatching(SUBSET('Tinos-Bold'))]);
    const [subset] = fonts;
    if (!subset) throw new Error('no font');
    const full = readFileSync(createRequire(import.meta.url).resolve(UNICODE_FONT_FILES.serifBold));
    expect(subset.program.length).toBeLessThan(full.length / 20);
    const drawn = new Set([...name.replace(/\s/g, ''), ...'Transcript:']);
    expect(new Set(subset.toUnicode.values())).toEqual(new Set([...drawn, ' ']));

    const embedded = fontkit.create(subset.program);
    const original = originalFont('serifBold');
    for (const [glyph, text] of subset.toUnicode) {
      const ours = embedded.getGlyph(glyph);
      const theirs = original.glyphForCodePoint(text.codePointAt(0) ?? 0);
      expect(ours.path.toSVG(), text).toBe(theirs.path.toSVG());
      expect(ours.advanceWidth, text).toBe(theirs.advanceWidth);
    }
  });

  it('prints centre names, qualification titles and evidence exactly, in the embedded sans', async () => {
    const data = sampleCertificate({
      centreName: 'Liceul Teoretic „Mihai Eminescu” Iași',
      tier: 'Distincție',
      components: [
        { name: 'Limba și literatura română', met: true, measured: 'Nota 9', required: 'Nota 5' },
        { name: 'Ελληνική γλώσσα', met: true, measured: 'Άριστα', required: 'Καλώς' },
        { name: 'Русский язык', met: false, measured: '3 балла', required: '4 балла' },
        { name: 'Tiếng Việt', met: true, measured: 'Giỏi', required: 'Khá' },
      ],
    });
    const pdf = await readPdf(await renderCertificate(data));
    const awarded = paragraphDrawing(pdf, `Awarded by ${data.centreName} on 14 July 2026.`);
    expect(awarded.actualText).toBeUndefined();
    expect(fontsOf(pdf, awarded).every((font) => SUBSET('Arimo-Regular').test(font))).toBe(true);
    expect(paragraphDrawing(pdf, 'Distincție').actualText).toBeUndefined();

    const table = allElements(pdf.structure).find((e) => e.type === 'Table');
    const rows = (table?.kids ?? [])
      .slice(1)
      .map((row) => row.kids.map((c) => elementText(pdf, c)));
    expect(rows).toEqual(
      data.components.map((c) => [c.name, c.met ? 'Met' : 'Not met', c.measured, c.required]),
    );
    const cells = (table?.kids ?? []).flatMap((row) => row.kids);
    expect(cells.every((cell) => cell.actualText === undefined)).toBe(true);
  });

  it('embeds nothing when the standard fonts draw every character', async () => {
    for (const learnerName of ['Amelia Hart', 'Zoë Müller-Brontë', 'Siobhán Ó Ceallaigh']) {
      const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName })));
      expect(embeddedFonts(pdf)).toEqual([]);
      expect(pageText(pdf, 0)).toContain(learnerName);
    }
  });
});

describe('scripts the embedded fonts cannot draw', () => {
  it.each([
    ['Chinese', '李 Wei', '? Wei', false],
    ['Hebrew (right to left)', 'שלום Cohen', '???? Cohen', false],
    ['Polish with Chinese', 'Łukasz 李', 'Łukasz ?', true],
  ] as const)(
    '%s: prints what it can, says so, and keeps the name whole in /ActualText',
    async (_, name, printed, embeds) => {
      const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName: name })));
      const element = paragraphDrawing(pdf, name);
      expect(element.actualText).toBe(name);
      expect(elementText(pdf, element)).toBe(printed);
      expect(pageText(pdf, 0)).toContain('cannot be printed in this typeface');
      // Only a font that prints more than the standard one would is embedded.
      expect(embeddedFonts(pdf).length > 0).toBe(embeds);
    },
  );

  it('tags /ActualText where a glyph serves two letters (Cyrillic Ә is drawn as Latin Ə)', async () => {
    const name = 'Әлия Нұрланқызы';
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName: name })));
    const element = paragraphDrawing(pdf, name);
    expect(element.actualText).toBe(name);
    expect(elementText(pdf, element)).toBe('Əлия Нұрланқызы');
    expect(pageText(pdf, 0)).not.toContain('cannot be printed');
  });
});

describe('a cohort file', () => {
  it('carries one subset of each embedded font, used by every learner who needs it', async () => {
    const names = NAMES.map(([, name]) => name);
    const pdf = await readPdf(
      await renderCohortCertificates([
        ...names.map((learnerName) => sampleCertificate({ learnerName })),
        sampleCertificate({ learnerName: 'Amelia Hart', centreName: 'Szkoła nr 3 w Łodzi' }),
      ]),
    );
    expect(pdf.doc.getPageCount()).toBe(2 * (names.length + 1));
    names.forEach((name, i) => {
      expect(elementText(pdf, paragraphDrawing(pdf, name))).toBe(name);
      expect(pageText(pdf, 2 * i + 1)).toContain(`Transcript: ${name}`);
    });
    const fonts = embeddedFonts(pdf).map((f) => f.baseFont);
    expect(fonts.filter((f) => SUBSET('Tinos-Bold').test(f))).toHaveLength(1);
    expect(fonts.filter((f) => SUBSET('Arimo-Regular').test(f))).toHaveLength(1);
    expect(fonts).toHaveLength(2);
    const lastCertificate = pageText(pdf, 2 * names.length);
    expect(lastCertificate).toContain('Awarded by Szkoła nr 3 w Łodzi on 14 July 2026.');
  });
});
