import { describe, expect, it } from 'vitest';
import { streamCohortCertificates } from '../render.ts';
import { embeddedFonts, readPdf } from '../testing/read-pdf.ts';
import { sampleCertificate } from '../testing/sample.ts';

async function collect(stream: ReadableStream<Uint8Array>, onChunk: (n: number) => void) {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onChunk(value.length);
  }
  return Buffer.concat(chunks);
}

// Every other learner needs the embedded font, whose subset is written only at the end.
const cohort = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    sampleCertificate({ learnerName: i % 2 ? `Łucja Wiśniewska ${i + 1}` : `Learner ${i + 1}` }),
  );

describe('streamCohortCertificates', () => {
  it('writes a cross-reference table whose every offset points at its object', async () => {
    const bytes = await collect(streamCohortCertificates(cohort(3)), () => {});
    const text = bytes.toString('latin1');
    const startxref = Number(text.match(/startxref\n(\d+)\n%%EOF$/)?.[1]);
    expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
    const lines = text.slice(startxref).split('\n');
    let checked = 0;
    let i = 1;
    while (lines[i] && /^\d+ \d+$/.test(lines[i] as string)) {
      const [first, count] = (lines[i] as string).split(' ').map(Number) as [number, number];
      for (let k = 0; k < count; k++) {
        const entry = lines[i + 1 + k] as string;
        const [offset, , kind] = entry.trim().split(' ');
        if (kind === 'n') {
          const at = Number(offset);
          expect(text.slice(at, at + `${first + k} 0 obj`.length)).toBe(`${first + k} 0 obj`);
          checked++;
        }
      }
      i += count + 1;
    }
    const objects = text.match(/^\d+ 0 obj$/gm)?.length ?? 0;
    expect(checked).toBe(objects);
    expect(text).toMatch(/trailer\n<<\n\/Size \d+\n\/Root \d+ 0 R\n\/Info \d+ 0 R\n>>/);
    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.doc.getPageCount()).toBe(6);
    expect(embeddedFonts(pdf)).toHaveLength(1);
    expect(pdf.pages[2]?.texts).toContain('Łucja Wiśniewska 2');
    expect(pdf.structure.kids[0]?.kids.map((s) => s.type)).toEqual(['Sect', 'Sect', 'Sect']);
  });

  it('sends each learner before drawing the next, marked with a progress comment', async () => {
    const received: number[] = [];
    let bytes = 0;
    const progress: { done: number; bytesSoFar: number }[] = [];
    const file = await collect(
      streamCohortCertificates(cohort(4), (done) => progress.push({ done, bytesSoFar: bytes })),
      (n) => {
        bytes += n;
        received.push(n);
      },
    );
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    // Bytes keep arriving as learners are drawn, not all at the end.
    expect(received.length).toBeGreaterThan(4);
    const marks = [...file.toString('latin1').matchAll(/%bacc-progress (\d+)\/(\d+)\n/g)];
    expect(marks.map((m) => `${m[1]}/${m[2]}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const firstMark = file.indexOf('%bacc-progress 1/4');
    expect(firstMark).toBeGreaterThan(0);
    expect(firstMark).toBeLessThan(file.length / 2);
  });

  it('refuses bad data before writing anything', () => {
    expect(() => streamCohortCertificates([sampleCertificate({ issuedOn: 'yesterday' })])).toThrow(
      'is not a YYYY-MM-DD date',
    );
  });
});
