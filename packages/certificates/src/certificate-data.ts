/** Everything printed on one learner's certificate and transcript. */
export interface CertificateData {
  learnerName: string;
  awardTitle: string;
  tier: string;
  pathway: string | null;
  grade: string | null;
  components: CertificateComponent[];
  centreName: string;
  trustName: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** Formatted XXXX-XXXX-XXXX-XXXX */
  verificationCode: string;
  verifyUrl: string;
  frameworkName: string;
  frameworkVersion: number;
  status: CertificateStatus;
}

export interface CertificateComponent {
  name: string;
  met: boolean;
  measured: string;
  required: string;
}

export type CertificateStatus = 'valid' | 'revoked' | 'superseded';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Refuses data that would print a misleading certificate, with a sentence saying what is wrong. */
export function checkCertificateData(data: CertificateData): void {
  const problems: string[] = [];
  const required = [
    ['learnerName', 'learner name'],
    ['awardTitle', 'award title'],
    ['tier', 'tier'],
    ['centreName', 'centre name'],
    ['trustName', 'trust name'],
    ['verificationCode', 'verification code'],
    ['frameworkName', 'framework name'],
  ] as const;
  for (const [field, words] of required) {
    if (typeof data[field] !== 'string' || data[field].trim() === '')
      problems.push(`The ${words} is missing.`);
  }
  if (!ISO_DATE.test(data.issuedOn) || Number.isNaN(Date.parse(data.issuedOn)))
    problems.push(`The issue date "${data.issuedOn}" is not a YYYY-MM-DD date.`);
  if (!/^https?:\/\//.test(data.verifyUrl))
    problems.push(`The verification URL "${data.verifyUrl}" is not an http(s) address.`);
  if (!Number.isInteger(data.frameworkVersion) || data.frameworkVersion < 1)
    problems.push('The framework version must be a whole number from 1.');
  if (!['valid', 'revoked', 'superseded'].includes(data.status))
    problems.push(`The status "${data.status}" is not valid, revoked or superseded.`);
  if (problems.length > 0)
    throw new CertificateDataError(
      `Cannot print the certificate for ${data.learnerName || 'this learner'}: ${problems.join(' ')}`,
    );
}

export class CertificateDataError extends Error {
  override name = 'CertificateDataError';
}
