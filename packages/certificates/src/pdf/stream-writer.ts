import {
  PDFCrossRefSection,
  type PDFDocument,
  PDFHeader,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
} from 'pdf-lib';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/**
 * Writes a PDF as it is being drawn: each object goes out once it can no longer change, so a
 * large file starts arriving at once and never sits whole in memory twice. pdf-lib's own writer
 * needs the finished document; this one keeps the byte offsets itself and writes the
 * cross-reference table at the end. Objects that change until the end (catalog, page tree,
 * info) are held back and written last. Comments (`%...` lines) may sit between objects.
 */
export class PdfStreamWriter {
  private offset = 0;
  private readonly offsets = new Map<number, number>();
  private scannedUpTo = 0;
  private readonly unassigned = new Set<number>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly emit: (chunk: Uint8Array) => void,
  ) {}

  start(): void {
    const header = PDFHeader.forVersion(1, 7);
    const bytes = new Uint8Array(header.sizeInBytes() + 2);
    const n = header.copyBytesInto(bytes, 0);
    bytes[n] = 0x0a;
    bytes[n + 1] = 0x0a;
    this.write(bytes);
  }

  comment(text: string): void {
    this.write(latin1(`%${text.replace(/[\r\n]/g, ' ')}\n`));
  }

  /** Writes every object assigned so far except the ones that may still change. */
  writeSettled(): void {
    const context = this.doc.context;
    const held = this.heldBack();
    const candidates = [...this.unassigned];
    for (let n = this.scannedUpTo + 1; n <= context.largestObjectNumber; n++) candidates.push(n);
    this.scannedUpTo = context.largestObjectNumber;
    const chunks: Uint8Array[] = [];
    let at = this.offset;
    for (const n of candidates.sort((a, b) => a - b)) {
      const object = context.lookup(PDFRef.of(n));
      if (!object || held.has(n)) {
        this.unassigned.add(n);
        continue;
      }
      this.unassigned.delete(n);
      this.offsets.set(n, at);
      const bytes = serialise(n, object);
      at += bytes.length;
      chunks.push(bytes);
    }
    if (chunks.length > 0) this.write(concat(chunks));
  }

  /** Writes whatever is left, then the cross-reference table and trailer. */
  end(): void {
    const held = this.heldBack;
    this.heldBack = () => new Set();
    this.writeSettled();
    this.heldBack = held;
    const context = this.doc.context;
    const xref = PDFCrossRefSection.create();
    for (const n of [...this.offsets.keys()].sort((a, b) => a - b))
      xref.addEntry(PDFRef.of(n), this.offsets.get(n) as number);
    const trailerDict = PDFTrailerDict.of(
      context.obj({
        Size: context.largestObjectNumber + 1,
        Root: context.trailerInfo.Root,
        Info: context.trailerInfo.Info,
      }),
    );
    const xrefOffset = this.offset;
    const parts = [`${xref.toString()}\n`, `${trailerDict.toString()}\n\n`];
    parts.push(PDFTrailer.forLastCrossRefSectionOffset(xrefOffset).toString());
    this.write(latin1(parts.join('')));
  }

  private heldBack = (): Set<number> => {
    const info = this.doc.context.trailerInfo;
    const refs = [info.Root, info.Info, this.doc.catalog.get(PDFName.of('Pages'))];
    return new Set(refs.flatMap((r) => (r instanceof PDFRef ? [r.objectNumber] : [])));
  };

  private write(bytes: Uint8Array): void {
    this.offset += bytes.length;
    this.emit(bytes);
  }
}

function serialise(n: number, object: PDFObject): Uint8Array {
  const head = latin1(`${n} 0 obj\n`);
  const body = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(body, 0);
  return concat([head, body, latin1('\nendobj\n\n')]);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
