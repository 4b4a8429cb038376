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
  marked: Map<number, { tag: string; texts: string[]; rects: number[][] }>;
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

function readPage(bytes: string, structParents: number | undefined): PageContent {
  const page: PageContent = { texts: [], marked: new Map(), artifactTexts: [], structParents };
  const stack: (number | null)[] = [];
  for (const line of bytes.split('\n')) {
    const bdc = line.match(/^\/(\w+) <<\/MCID (\d+)>> BDC$/);
    if (bdc) {
      const mcid = Number(bdc[2]);
      page.marked.set(mcid, { tag: bdc[1] as string, texts: [], rects: [] });
      stack.push(mcid);
      continue;
    }
    if (/ BMC$/.test(line)) stack.push(null);
    else if (line === 'EMC') stack.pop();
    const current = stack.at(-1);
    const marked = current == null ? undefined : page.marked.get(current);
    const tj = line.match(/^<([0-9A-Fa-f]*)> Tj$/);
    if (tj) {
      const text = decodeWinAnsi(tj[1] as string);
      page.texts.push(text);
      if (marked) marked.texts.push(text);
      else page.artifactTexts.push(text);
    }
    const re = line.match(/^(\S+) (\S+) (\S+) (\S+) re$/);
    if (re && marked) marked.rects.push(re.slice(1, 5).map(Number));
  }
  return page;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const text = refs
      .map((ref) => {
        const stream = context.lookup(ref);
        if (!(stream instanceof PDFRawStream)) throw new Error('Unexpected content stream');
        return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      })
      .join('\n');
    const key = page.node.get(PDFName.of('StructParents'));
    return readPage(text, key instanceof PDFNumber ? key.asNumber() : undefined);
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
