import { PDFDocument } from 'pdf-lib';
import { type CertificateData, checkCertificateData } from './certificate-data.ts';
import { drawCertificatePage } from './pages/certificate-page.ts';
import { drawTranscriptPages } from './pages/transcript-page.ts';
import { embedFonts, type Fonts } from './pdf/page-writer.ts';
import { TaggedDocument } from './pdf/structure.ts';

/** One learner: the certificate page then the transcript, as a tagged PDF. */
export async function renderCertificate(data: CertificateData): Promise<Uint8Array> {
  checkCertificateData(data);
  const { doc, tags, fonts } = await startDocument(
    `${data.awardTitle}: ${data.learnerName} (${data.tier})`,
  );
  drawLearner(doc, tags, fonts, data);
  return finishDocument(doc, tags);
}

/**
 * Every learner of a cohort in one file, in the order given. `onProgress` hears how many
 * learners are drawn so far; the event loop gets a turn between learners so a large
 * cohort does not hold up other requests.
 */
export async function renderCohortCertificates(
  items: CertificateData[],
  onProgress?: (done: number) => void,
): Promise<Uint8Array> {
  if (items.length === 0) throw new Error('There are no certificates to print for this cohort.');
  for (const item of items) checkCertificateData(item);
  const first = items[0] as CertificateData;
  const { doc, tags, fonts } = await startDocument(
    `${first.awardTitle}: certificates for ${first.centreName} (${items.length})`,
  );
  let done = 0;
  for (const item of items) {
    drawLearner(doc, tags, fonts, item);
    done++;
    onProgress?.(done);
    if (done % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return finishDocument(doc, tags);
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

async function finishDocument(doc: PDFDocument, tags: TaggedDocument): Promise<Uint8Array> {
  tags.finish();
  return doc.save({ useObjectStreams: false });
}
