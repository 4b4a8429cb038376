import {
  PDFArray,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** Standard structure types this package uses (PDF 1.7, 14.8.4). */
export type StructureType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'P'
  | 'Figure'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD';

export interface StructureOptions {
  /** Alternate description (required for figures). */
  alt?: string;
  /** The exact text when what is drawn differs (a transliterated name). */
  actualText?: string;
  /** Header cells: which way they apply. */
  scope?: 'Column' | 'Row';
}

export interface StructureElement {
  type: StructureType;
  options: StructureOptions;
  parent: StructureElement | null;
  kids: (StructureElement | MarkedContent)[];
}

interface MarkedContent {
  page: PDFPage;
  mcid: number;
}

interface PageMarks {
  structParents: number;
  owners: StructureElement[];
}

/**
 * pdf-lib has no tagging API, so this builds the logical structure by hand: drawing inside
 * `mark()` is wrapped in BDC/EMC with a marked-content id, and `finish()` writes the
 * StructTreeRoot, the ParentTree (page + MCID -> element) and /MarkInfo into the catalog.
 */
export class TaggedDocument {
  readonly root: StructureElement = { type: 'Document', options: {}, parent: null, kids: [] };
  private readonly pages = new Map<PDFPage, PageMarks>();

  constructor(private readonly doc: PDFDocument) {}

  element(
    parent: StructureElement,
    type: StructureType,
    options: StructureOptions = {},
  ): StructureElement {
    const element: StructureElement = { type, options, parent, kids: [] };
    parent.kids.push(element);
    return element;
  }

  /** Draws content that belongs to `element`, as one marked-content sequence. */
  mark(page: PDFPage, element: StructureElement, draw: () => void): void {
    const marks = this.marksFor(page);
    const mcid = marks.owners.length;
    marks.owners.push(element);
    element.kids.push({ page, mcid });
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(element.type),
        `<</MCID ${mcid}>>`,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Draws decoration that assistive technology should skip. */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  finish(): void {
    const context = this.doc.context;
    const treeRootRef = context.nextRef();
    const refs = new Map<StructureElement, PDFRef>();
    const allocate = (element: StructureElement) => {
      refs.set(element, context.nextRef());
      for (const kid of element.kids) if ('type' in kid) allocate(kid);
    };
    allocate(this.root);

    for (const [element, ref] of refs) {
      const kids = element.kids.map((kid) =>
        'type' in kid
          ? (refs.get(kid) as PDFRef)
          : context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid }),
      );
      const dict = context.obj({
        Type: 'StructElem',
        S: element.type,
        P: element.parent ? (refs.get(element.parent) as PDFRef) : treeRootRef,
        K: kids,
      });
      const firstPage = element.kids.find((kid) => !('type' in kid)) as MarkedContent | undefined;
      if (firstPage) dict.set(PDFName.of('Pg'), firstPage.page.ref);
      const { alt, actualText, scope } = element.options;
      if (alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt));
      if (actualText !== undefined)
        dict.set(PDFName.of('ActualText'), PDFHexString.fromText(actualText));
      if (scope !== undefined) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: scope }));
      context.assign(ref, dict);
    }

    const nums = PDFArray.withContext(context);
    for (const marks of this.pages.values()) {
      nums.push(PDFNumber.of(marks.structParents));
      nums.push(context.obj(marks.owners.map((owner) => refs.get(owner) as PDFRef)));
    }
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(
      treeRootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: [refs.get(this.root) as PDFRef],
        ParentTree: parentTree,
        ParentTreeNextKey: this.pages.size,
      }),
    );
    const catalog = this.doc.catalog;
    catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  private marksFor(page: PDFPage): PageMarks {
    let marks = this.pages.get(page);
    if (!marks) {
      marks = { structParents: this.pages.size, owners: [] };
      this.pages.set(page, marks);
      // Set now, not in finish(): a streamed file has written the page out by then.
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(marks.structParents));
      // Tab order follows the structure (PDF/UA).
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    return marks;
  }
}
