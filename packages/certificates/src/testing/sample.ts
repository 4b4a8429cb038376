import type { CertificateData } from '../certificate-data.ts';

export function sampleCertificate(overrides: Partial<CertificateData> = {}): CertificateData {
  return {
    learnerName: 'Amelia Hart',
    awardTitle: 'The Harbour Baccalaureate',
    tier: 'Distinction',
    pathway: 'Sciences',
    grade: 'A',
    components: [
      { name: 'Extended project', met: true, measured: 'Grade A', required: 'Grade C or better' },
      { name: 'Community service', met: false, measured: '40 hours', required: '50 hours' },
      { name: 'Core qualifications', met: true, measured: '3 A levels', required: '3 A levels' },
    ],
    centreName: 'Northfield Academy',
    trustName: 'Harbour Learning Trust',
    issuedOn: '2026-07-14',
    verificationCode: 'ABCD-EFGH-JKMN-PQRS',
    verifyUrl: 'https://bacc.example.org/v/ABCDEFGHJKMNPQRS',
    frameworkName: 'Harbour Bacc framework',
    frameworkVersion: 3,
    status: 'valid',
    ...overrides,
  };
}
