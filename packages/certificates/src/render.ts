import { PDFDocument } from 'pdf-lib';
import { type CertificateData, checkCertificateData } from './certificate-data.ts';
import { drawCertificatePage } from './pages/certificate-page.ts';
import { drawTranscriptPages } from './pages/transcript-page.ts';
import { embedFonts, embedUsedFonts, type Fonts } from './pdf/page-writer.ts';
import { PdfStreamWriter } from './pdf/stream-writer.ts';
import { TaggedDocument } from './pdf/structure.ts';

/** One learner: the certificate page then the transcript, as a tagged PDF. */
export async function renderCertificate(data: CertificateData): Promise<Uint8Array> {
  checkCertificateData(data);
  const { doc, tags, fonts } = await startDocument(
    `${data.awardTitle}: ${data.learnerName} (${data.tier})`,
  );
  drawLearner(doc, tags, fonts, data);
  return finishDocument(doc, tags, fonts);
}

/** Every learner of a cohort in one file, in the order given (see streamCohortCertificates). */
export async function renderCohortCertificates(
  items: CertificateData[],
  onProgress?: (done: number) => void,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = streamCohortCertificates(items, onProgress).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The comment written after each learner: `%bacc-progress <done>/<total>`. */
export const PROGRESS_MARK = /%bacc-progress (\d+)\/(\d+)/g;

/**
 * Every learner of a cohort as one PDF, written while it is drawn: a learner's pages go out
 * as soon as they are done, each followed by a `%bacc-progress done/total` comment (PDF
 * readers skip comments), so a download can show real progress. Drawing is paced by the
 * reader, and the event loop gets a turn every ten learners. Bad data is refused before the
 * first byte.
 */
export function streamCohortCertificates(
  items: CertificateData[],
  onProgress?: (done: number) => void,
): ReadableStream<Uint8Array> {
  if (items.length === 0) throw new Error('There are no certificates to print for this cohort.');
  for (const item of items) checkCertificateData(item);
  const first = items[0] as CertificateData;
  let open: Awaited<ReturnType<typeof startDocument>> & { writer: PdfStreamWriter };
  let done = 0;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const started = await startDocument(
        `${first.awardTitle}: certificates for ${first.centreName} (${items.length})`,
      );
      await started.doc.flush();
      const writer = new PdfStreamWriter(started.doc, (chunk) => controller.enqueue(chunk));
      open = { ...started, writer };
      writer.start();
    },
    async pull(controller) {
      const { doc, tags, fonts, writer } = open;
      const item = items[done];
      if (!item) {
        await embedUsedFonts(fonts);
        tags.finish();
        writer.end();
        controller.close();
        return;
      }
      drawLearner(doc, tags, fonts, item);
      done++;
      writer.writeSettled();
      writer.comment(`bacc-progress ${done}/${items.length}`);
      onProgress?.(done);
      if (done % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    },
  });
}

async function startDocument(title: string) {
  const doc = await PDFDocument.create();
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('en-GB');
  doc.setSubject('Certificate and transcript');
  doc.setCreator('Bacc');
  doc.setProducer('Bacc certificates (pdf-lib)');
  const tags = new TaggedDocument(doc);
  const fonts = await embedFonts(doc);
  return { doc, tags, fonts };
}

function drawLearner(doc: PDFDocument, tags: TaggedDocument, fonts: Fonts, data: CertificateData) {
  const section = tags.element(tags.root, 'Sect');
  drawCertificatePage(doc, tags, fonts, section, data);
  drawTranscriptPages(doc, tags, fonts, section, data);
}

async function finishDocument(
  doc: PDFDocument,
  tags: TaggedDocument,
  fonts: Fonts,
): Promise<Uint8Array> {
  await embedUsedFonts(fonts);
  tags.finish();
  return doc.save({ useObjectStreams: false });
}
