export {
  type CertificateComponent,
  type CertificateData,
  CertificateDataError,
  type CertificateStatus,
  checkCertificateData,
} from './certificate-data.ts';
export { qrMatrix } from './pdf/qr-code.ts';
export { renderCertificate, renderCohortCertificates } from './render.ts';
