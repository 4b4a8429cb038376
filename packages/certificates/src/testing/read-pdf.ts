import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';

/** What a test needs to know about a PDF: page text, marked content and the tag tree. */
export interface ReadPdf {
  doc: PDFDocument;
  pages: PageContent[];
  structure: StructureNode;
  /** ParentTree: page StructParents key -> element refs by MCID. */
  parentTree: Map<number, PDFRef[]>;
}

export interface PageContent {
  /** All text drawn on the page, one entry per Tj. */
  texts: string[];
  /** The same text with the BaseFont of the font that drew each piece. */
  runs: { text: string; font: string }[];
  marked: Map<number, { tag: string; texts: string[]; fonts: string[]; rects: number[][] }>;
  /** Text drawn outside any marked content with an MCID (artifacts included). */
  artifactTexts: string[];
  structParents: number | undefined;
}

export interface StructureNode {
  ref: PDFRef | null;
  type: string;
  alt?: string;
  actualText?: string;
  scope?: string;
  kids: StructureNode[];
  /** Marked content owned directly by this element. */
  content: { page: number; mcid: number }[];
}

const WIN_ANSI_HIGH: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

/** How to turn a Tj operand of one font back into text, and what the font is. */
interface FontReader {
  baseFont: string;
  decode(hex: string): string;
}

function decodeWinAnsi(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const code = Number.parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}

function textOf(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFHexString || object instanceof PDFString) return object.decodeText();
  return undefined;
}

function readPage(
  bytes: string,
  structParents: number | undefined,
  fonts: Map<string, FontReader>,
): PageContent {
  const page: PageContent = {
    texts: [],
    runs: [],
    marked: new Map(),
    artifactTexts: [],
    structParents,
  };
  const stack: (number | null)[] = [];
  let font: FontReader | undefined;
  for (const line of bytes.split('\n')) {
    const bdc = line.match(/^\/(\w+) <<\/MCID (\d+)>> BDC$/);
    if (bdc) {
      const mcid = Number(bdc[2]);
      page.marked.set(mcid, { tag: bdc[1] as string, texts: [], fonts: [], rects: [] });
      stack.push(mcid);
      continue;
    }
    if (/ BMC$/.test(line)) stack.push(null);
    else if (line === 'EMC') stack.pop();
    const current = stack.at(-1);
    const marked = current == null ? undefined : page.marked.get(current);
    const tf = line.match(/^\/(\S+) \S+ Tf$/);
    if (tf) {
      font = fonts.get(tf[1] as string);
      if (!font) throw new Error(`The page uses a font it does not list: ${tf[1]}`);
    }
    const tj = line.match(/^<([0-9A-Fa-f]*)> Tj$/);
    if (tj) {
      if (!font) throw new Error('Text is drawn before any font is chosen');
      const text = font.decode(tj[1] as string);
      page.texts.push(text);
      page.runs.push({ text, font: font.baseFont });
      if (marked) {
        marked.texts.push(text);
        marked.fonts.push(font.baseFont);
      } else page.artifactTexts.push(text);
    }
    const re = line.match(/^(\S+) (\S+) (\S+) (\S+) re$/);
    if (re && marked) marked.rects.push(re.slice(1, 5).map(Number));
  }
  return page;
}

function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) throw new Error('Expected a stream');
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/**
 * A font's reader: WinAnsi for the standard fonts; for an embedded (Type0, Identity-H) font,
 * two-byte glyph ids looked up in its /ToUnicode CMap, as a text extractor does.
 */
function fontReader(font: PDFDict): FontReader {
  const baseFont = font.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
  if (font.lookup(PDFName.of('Subtype'), PDFName).decodeText() !== 'Type0')
    return { baseFont, decode: decodeWinAnsi };
  const cmap = streamText(font.lookup(PDFName.of('ToUnicode')));
  const glyphs = new Map<string, string>();
  for (const [, glyph, unicode] of cmap.matchAll(/^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>$/gm))
    glyphs.set((glyph as string).toUpperCase(), utf16(unicode as string));
  return {
    baseFont,
    decode: (hex) =>
      (hex.toUpperCase().match(/.{4}/g) ?? [])
        .map((glyph) => {
          const text = glyphs.get(glyph);
          if (text === undefined) throw new Error(`Glyph ${glyph} of ${baseFont} has no Unicode`);
          return text;
        })
        .join(''),
  };
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const readers = new Map<PDFRef, FontReader>();
  const pages = doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const text = refs.map((ref) => streamText(context.lookup(ref))).join('\n');
    const fonts = new Map<string, FontReader>();
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      if (!(ref instanceof PDFRef)) throw new Error('Fonts are expected as references');
      let reader = readers.get(ref);
      if (!reader) {
        reader = fontReader(context.lookup(ref, PDFDict));
        readers.set(ref, reader);
      }
      fonts.set(name.decodeText(), reader);
    }
    const key = page.node.get(PDFName.of('StructParents'));
    return readPage(text, key instanceof PDFNumber ? key.asNumber() : undefined, fonts);
  });

  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const parentTree = new Map<number, PDFRef[]>();
  const nums = treeRoot
    .lookup(PDFName.of('ParentTree'), PDFDict)
    .lookup(PDFName.of('Nums'), PDFArray);
  for (let i = 0; i < nums.size(); i += 2) {
    const key = (nums.get(i) as PDFNumber).asNumber();
    const owners = nums.lookup(i + 1, PDFArray).asArray() as PDFRef[];
    parentTree.set(key, owners);
  }

  const readElement = (ref: PDFRef): StructureNode => {
    const dict = context.lookup(ref, PDFDict);
    const node: StructureNode = {
      ref,
      type: dict.lookup(PDFName.of('S'), PDFName).decodeText(),
      alt: textOf(dict.get(PDFName.of('Alt'))),
      actualText: textOf(dict.get(PDFName.of('ActualText'))),
      kids: [],
      content: [],
    };
    const attributes = dict.lookupMaybe(PDFName.of('A'), PDFDict);
    const scope = attributes?.lookupMaybe(PDFName.of('Scope'), PDFName);
    if (scope) node.scope = scope.decodeText();
    const kids = dict.lookup(PDFName.of('K'), PDFArray).asArray();
    for (const kid of kids) {
      const value = kid instanceof PDFRef ? context.lookup(kid) : kid;
      if (value instanceof PDFDict && value.get(PDFName.of('Type'))?.toString() === '/MCR') {
        const pg = value.get(PDFName.of('Pg')) as PDFRef;
        node.content.push({
          page: pageRefs.indexOf(pg),
          mcid: (value.get(PDFName.of('MCID')) as PDFNumber).asNumber(),
        });
      } else if (kid instanceof PDFRef) node.kids.push(readElement(kid));
    }
    return node;
  };
  const rootKids = treeRoot.lookup(PDFName.of('K'), PDFArray).asArray() as PDFRef[];
  const structure: StructureNode = {
    ref: null,
    type: 'StructTreeRoot',
    kids: rootKids.map(readElement),
    content: [],
  };
  return { doc, pages, structure, parentTree };
}

/** Every element of the tree, depth first. */
export function allElements(node: StructureNode): StructureNode[] {
  return [node, ...node.kids.flatMap(allElements)];
}

/** The text drawn for an element and its descendants, in reading order. */
export function elementText(pdf: ReadPdf, node: StructureNode): string {
  // Wrapped lines carry their break space at the end (see withBreakSpace), so join as drawn.
  const own = node.content.map(({ page, mcid }) =>
    (pdf.pages[page]?.marked.get(mcid)?.texts ?? []).join(''),
  );
  return [...own, ...node.kids.map((kid) => elementText(pdf, kid))]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface EmbeddedFont {
  /** With its subset tag: `ABCDEF+Tinos-Bold`. */
  baseFont: string;
  /** The font program as embedded (FontFile2, decompressed). */
  program: Uint8Array;
  /** Glyph id -> the text it reads back as, from /ToUnicode. */
  toUnicode: Map<number, string>;
}

/** Every font that carries its own program (Type0 over a TrueType CIDFont). */
export function embeddedFonts(pdf: ReadPdf): EmbeddedFont[] {
  const fonts: EmbeddedFont[] = [];
  for (const [, object] of pdf.doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() !== 'Type0') continue;
    const descendant = object.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const program = descriptor.lookup(PDFName.of('FontFile2'));
    if (!(program instanceof PDFRawStream)) throw new Error('An embedded font without FontFile2');
    const cmap = streamText(object.lookup(PDFName.of('ToUnicode')));
    const toUnicode = new Map<number, string>();
    for (const [, glyph, unicode] of cmap.matchAll(/^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>$/gm))
      toUnicode.set(Number.parseInt(glyph as string, 16), utf16(unicode as string));
    fonts.push({
      baseFont: object.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
      program: decodePDFRawStream(program).decode(),
      toUnicode,
    });
  }
  return fonts;
}
