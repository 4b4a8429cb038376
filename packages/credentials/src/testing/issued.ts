import type { AwardCredentialInput } from '../award-credential.ts';
import { signAwardCredential } from '../award-credential.ts';
import { generateIssuerKey, type IssuerKey } from '../keys.ts';
import { createStatusListCredential } from '../status-list.ts';
import { awardInput, type Json } from './award-input.ts';

export interface Issued {
  key: IssuerKey;
  credential: Json;
  statusListUrl: string;
  index: number;
  /** The issuer's status list with the given indexes revoked. */
  statusList(revoked?: number[], key?: IssuerKey): Promise<Json>;
}

/** One signed award pointing at a status list at `statusListUrl`. */
export async function issueAward(
  statusListUrl: string,
  overrides: Partial<AwardCredentialInput> = {},
  key?: IssuerKey,
): Promise<Issued> {
  const issuer = key ?? (await generateIssuerKey());
  const index = overrides.status?.statusListIndex ?? 48_213;
  const credential = (await signAwardCredential(
    awardInput({
      status: { statusListCredential: statusListUrl, statusListIndex: index },
      ...overrides,
    }),
    issuer,
  )) as Json;
  return {
    key: issuer,
    credential,
    statusListUrl,
    index,
    statusList: async (revoked = [], signer = issuer) =>
      (await createStatusListCredential({
        id: statusListUrl,
        key: signer,
        revokedIndexes: revoked,
        validFrom: new Date('2026-07-01T09:00:00Z'),
      })) as Json,
  };
}
