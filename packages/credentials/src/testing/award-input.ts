import type { AwardCredentialInput } from '../award-credential.ts';

export const PUBLIC_URL = 'https://bacc.example.org';
export const STATUS_LIST_URL = `${PUBLIC_URL}/credentials/status/7f1c2d3e-0000-4000-8000-000000000001`;

/** A complete award as issuance would describe it; override any part. */
export function awardInput(overrides: Partial<AwardCredentialInput> = {}): AwardCredentialInput {
  return {
    credentialId: 'urn:uuid:0b9e2f1e-1a2b-4c3d-8e9f-001122334455',
    issuerName: 'Northfield Learning Trust',
    issuerUrl: PUBLIC_URL,
    learnerName: 'Ada Okafor',
    achievement: {
      id: `${PUBLIC_URL}/frameworks/5d0c/versions/3`,
      name: 'Northfield Baccalaureate',
      description:
        'Recognises breadth: service, a sustained project and a creative pursuit alongside study.',
      criteriaNarrative:
        'Complete 40 hours of service, an extended project and a performance to reach Gold.',
      frameworkName: 'Northfield Baccalaureate',
      frameworkVersion: 3,
      frameworkHash: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    },
    tier: 'Gold',
    pathway: 'Science',
    grade: 'Distinction',
    components: [
      { name: 'Service', met: true, measured: '46 hours' },
      { name: 'Extended project', met: true, measured: 'Grade A' },
      { name: 'Performance', met: false, measured: 'none recorded' },
    ],
    centreName: 'Northfield Academy',
    centreId: '6a1e3b52-8c1d-4f0e-9b7a-2d5c4e3f1a00',
    issuedAt: new Date('2026-07-01T09:30:00Z'),
    verifyUrl: `${PUBLIC_URL}/v/7KQM-2D9X-HB4T-W1RC`,
    status: { statusListCredential: STATUS_LIST_URL, statusListIndex: 48_213 },
    ...overrides,
  };
}

/** Signed credentials are JSON-LD read by path in assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON-LD paths
export type Json = Record<string, any>;
