import type { CertificateData } from '@bacc/certificates';

/** The parts of an award view (services/awards/view.ts) that a certificate prints. */
export interface PrintableAward {
  learnerName: string;
  tier: string;
  pathway: string | null;
  grade: string | null;
  components: { name: string; met: boolean; measured: string; required: string }[];
  centreName: string;
  trustName: string;
  issuedOn: string;
  verificationCode: string;
  verifyUrl: string;
  frameworkName: string;
  frameworkVersion: number;
  status: CertificateData['status'];
}

/** An award as the certificate package wants it; the award's title is its framework's name. */
export function certificateData(award: PrintableAward): CertificateData {
  return {
    learnerName: award.learnerName,
    awardTitle: award.frameworkName,
    tier: award.tier,
    pathway: award.pathway,
    grade: award.grade,
    components: award.components,
    centreName: award.centreName,
    trustName: award.trustName,
    issuedOn: award.issuedOn,
    verificationCode: award.verificationCode,
    verifyUrl: award.verifyUrl,
    frameworkName: award.frameworkName,
    frameworkVersion: award.frameworkVersion,
    status: award.status,
  };
}

/** `attachment` with an ASCII file name for old clients and the exact one (RFC 6266/5987). */
export function attachment(baseName: string): string {
  const exact = `${baseName}.pdf`;
  const ascii = `${slug(baseName) || 'certificate'}.pdf`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(exact)}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
