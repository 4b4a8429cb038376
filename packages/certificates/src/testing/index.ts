export {
  allElements,
  type EmbeddedFont,
  elementText,
  embeddedFonts,
  type PageContent,
  type ReadPdf,
  readPdf,
  type StructureNode,
} from './read-pdf.ts';
export { sampleCertificate } from './sample.ts';
