import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalcredentials/vc';
import { offlineDocumentLoader } from './document-loader.ts';
import { type IssuerKey, issuerDid, signingKeyPair } from './keys.ts';
import {
  OB_V3_0_3_CONTEXT,
  resultDescriptionId,
  VC_V2_CONTEXT,
  xsdDateTime,
} from './vocabulary.ts';

export interface AwardCredentialInput {
  /** `urn:uuid:<award id>` */
  credentialId: string;
  issuerName: string;
  issuerUrl: string;
  learnerName: string;
  achievement: {
    id: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    frameworkName: string;
    frameworkVersion: number;
    frameworkHash: string;
  };
  tier: string;
  pathway: string | null;
  grade: string | null;
  /** Empty when the centre keeps this learner's breakdown private. */
  components: { name: string; met: boolean; measured: string }[];
  centreName: string;
  /** The centre's id; names the centre's Profile as `urn:uuid:<centreId>` when given. */
  centreId?: string;
  issuedAt: Date;
  /** `${PUBLIC_URL}/v/<code>` */
  verifyUrl: string;
  status: { statusListCredential: string; statusListIndex: number };
}

/** The unsigned OB 3.0.3 OpenBadgeCredential for one award. */
export function awardCredential(
  input: AwardCredentialInput,
  issuer: string,
): Record<string, unknown> {
  assertInput(input);
  const { achievement } = input;
  const issued = xsdDateTime(input.issuedAt);
  const results = [
    { key: 'tier', name: 'Tier', value: input.tier, resultType: 'PerformanceLevel' },
    ...(input.pathway === null
      ? []
      : [{ key: 'pathway', name: 'Pathway', value: input.pathway, resultType: 'Result' }]),
    ...(input.grade === null
      ? []
      : [{ key: 'grade', name: 'Grade', value: input.grade, resultType: 'LetterGrade' }]),
  ];
  const componentKeys = uniqueKeys(input.components.map((c) => `component-${slug(c.name)}`));
  const descriptions = [
    ...results.map((r) => ({
      id: resultDescriptionId(achievement.id, r.key),
      type: ['ResultDescription'],
      name: r.name,
      resultType: r.resultType,
    })),
    ...input.components.map((c, i) => ({
      id: resultDescriptionId(achievement.id, componentKeys[i] as string),
      type: ['ResultDescription'],
      name: c.name,
      // not 'Status': OB then requires a status on every result, and it has no word for "not met"
      resultType: 'Result',
    })),
  ];
  const subjectResults = [
    ...results.map((r) => ({
      type: ['Result'],
      resultDescription: resultDescriptionId(achievement.id, r.key),
      value: r.value,
    })),
    ...input.components.map((c, i) => ({
      type: ['Result'],
      resultDescription: resultDescriptionId(achievement.id, componentKeys[i] as string),
      value: c.measured,
      // OB's status vocabulary has no "not met"; an unmet component is carried by its absence.
      ...(c.met ? { status: 'Completed' } : {}),
    })),
  ];
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_0_3_CONTEXT],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${achievement.name}: ${input.tier}`,
    issuer: { id: issuer, type: ['Profile'], name: input.issuerName, url: input.issuerUrl },
    validFrom: issued,
    awardedDate: issued,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.learnerName,
      // OB 3.0 asks for an id or an identifier; the plain name is the only one a Bacc award carries
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: input.learnerName,
          identityType: 'name',
          hashed: false,
        },
      ],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: 'Award',
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteriaNarrative },
        version: String(achievement.frameworkVersion),
        tag: [achievement.frameworkName],
        otherIdentifier: [
          {
            type: 'IdentifierEntry',
            identifier: achievement.frameworkHash,
            identifierType: 'ext:frameworkHash',
          },
        ],
        resultDescription: descriptions,
      },
      result: subjectResults,
      source: {
        id: input.centreId
          ? `urn:uuid:${input.centreId}`
          : `${input.issuerUrl.replace(/\/$/, '')}#centre-${slug(input.centreName)}`,
        type: ['Profile'],
        name: input.centreName,
      },
    },
    evidence: [
      {
        id: input.verifyUrl,
        type: ['Evidence'],
        name: 'Verification page',
        narrative: `Check this award at ${input.verifyUrl}: it shows whether the award is still valid.`,
      },
    ],
    credentialStatus: {
      id: `${input.status.statusListCredential}#${input.status.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.statusListIndex),
      statusListCredential: input.status.statusListCredential,
    },
  };
}

/** Signs the award as an OB 3.0.3 credential with an eddsa-rdfc-2022 Data Integrity proof. */
export async function signAwardCredential(
  input: AwardCredentialInput,
  key: IssuerKey,
): Promise<object> {
  const credential = awardCredential(input, issuerDid(key.publicKeyMultibase));
  const signer = (await signingKeyPair(key)).signer();
  const suite = new DataIntegrityProof({ signer, cryptosuite, date: input.issuedAt });
  return issue({ credential, suite, documentLoader: offlineDocumentLoader(), now: input.issuedAt });
}

function assertInput(input: AwardCredentialInput): void {
  const text: [string, unknown][] = [
    ['credentialId', input.credentialId],
    ['issuerName', input.issuerName],
    ['issuerUrl', input.issuerUrl],
    ['learnerName', input.learnerName],
    ['achievement.id', input.achievement?.id],
    ['achievement.name', input.achievement?.name],
    ['achievement.description', input.achievement?.description],
    ['achievement.criteriaNarrative', input.achievement?.criteriaNarrative],
    ['achievement.frameworkHash', input.achievement?.frameworkHash],
    ['tier', input.tier],
    ['centreName', input.centreName],
    ['verifyUrl', input.verifyUrl],
    ['status.statusListCredential', input.status?.statusListCredential],
  ];
  for (const [field, value] of text) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`Cannot sign the award credential: ${field} is missing.`);
    }
  }
  for (const [field, value] of [
    ['credentialId', input.credentialId],
    ['achievement.id', input.achievement.id],
    ['issuerUrl', input.issuerUrl],
    ['verifyUrl', input.verifyUrl],
    ['status.statusListCredential', input.status.statusListCredential],
  ] as const) {
    if (!URL.canParse(value))
      throw new Error(`Cannot sign the award credential: ${field} "${value}" is not a URL.`);
  }
  if (!(input.issuedAt instanceof Date) || Number.isNaN(input.issuedAt.getTime())) {
    throw new Error('Cannot sign the award credential: issuedAt is not a date.');
  }
  const index = input.status.statusListIndex;
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new Error(
      `Cannot sign the award credential: status list index ${index} is not a whole number from 0.`,
    );
  }
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'unnamed';
}

function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}
