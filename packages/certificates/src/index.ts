export {
  type CertificateComponent,
  type CertificateData,
  CertificateDataError,
  type CertificateStatus,
  checkCertificateData,
} from './certificate-data.ts';
export { qrMatrix } from './pdf/qr-code.ts';
export {
  PROGRESS_MARK,
  renderCertificate,
  renderCohortCertificates,
  streamCohortCertificates,
} from './render.ts';
