/**
 * fontkit's subsetter copies each glyph's bytes as they are and then, because a subset is small,
 * writes the short `loca` format, which can only point at even offsets. Fonts built with long
 * offsets may store glyphs of odd length (Arimo and Tinos do, about a third of them), and
 * every glyph after the first odd one in a subset would then be read from the wrong place and
 * print blank. So before a font is used, each glyph is padded to a multiple of four bytes
 * (padding after a glyph's data is allowed by the TrueType format) and `loca` rewritten.
 */
export function padGlyphs(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  if (!head || !maxp || !loca || !glyf) return font;
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const glyphCount = view.getUint16(maxp.offset + 4);
  const offsets = Array.from({ length: glyphCount + 1 }, (_, i) =>
    longOffsets ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i),
  );
  if (offsets.every((offset) => offset % 4 === 0)) return font;

  const glyphs: Uint8Array[] = [];
  const newLoca = new Uint8Array(4 * (glyphCount + 1));
  const locaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < glyphCount; i++) {
    locaView.setUint32(4 * i, at);
    const start = glyf.offset + (offsets[i] as number);
    const length = (offsets[i + 1] as number) - (offsets[i] as number);
    const padded = new Uint8Array(align4(length));
    padded.set(font.subarray(start, start + length));
    glyphs.push(padded);
    at += padded.length;
  }
  locaView.setUint32(4 * glyphCount, at);
  const newGlyf = new Uint8Array(at);
  let glyphAt = 0;
  for (const glyph of glyphs) {
    newGlyf.set(glyph, glyphAt);
    glyphAt += glyph.length;
  }
  const newHead = font.slice(head.offset, head.offset + head.length);
  new DataView(newHead.buffer).setInt16(50, 1);

  const data = new Map<string, Uint8Array>();
  for (const [tag, table] of tables)
    data.set(tag, font.subarray(table.offset, table.offset + table.length));
  data.set('glyf', newGlyf);
  data.set('loca', newLoca);
  data.set('head', newHead);
  return writeFont(font.subarray(0, 12), [...tables.keys()], data);
}

interface TableRecord {
  offset: number;
  length: number;
}

function readTables(view: DataView): Map<string, TableRecord> {
  const tables = new Map<string, TableRecord>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(align4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A TrueType file from its tables, in the directory order given, with fresh checksums. */
function writeFont(offsetTable: Uint8Array, tags: string[], data: Map<string, Uint8Array>) {
  const directorySize = 12 + 16 * tags.length;
  let size = directorySize;
  for (const tag of tags) size += align4((data.get(tag) as Uint8Array).length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(offsetTable);
  let at = directorySize;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const table = data.get(tag) as Uint8Array;
    if (tag === 'head') {
      headAt = at;
      new DataView(table.buffer, table.byteOffset, table.byteLength).setUint32(8, 0);
    }
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.length);
    out.set(table, at);
    at += align4(table.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
