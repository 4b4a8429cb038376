import { randomUUID } from 'node:crypto';
import {
  createStatusListCredential,
  pickStatusListIndex,
  STATUS_LIST_LENGTH,
} from '@bacc/credentials';
import {
  addStatusListTaken,
  type Db,
  findOpenStatusList,
  findStatusList,
  insertStatusList,
  listRevokedStatusIndexes,
  listTakenStatusIndexes,
  lockTrustForIssuance,
  saveStatusListCredential,
  type TrustScope,
} from '@bacc/db';
import type { ServerSecrets } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { type IssuerSigningKey, issuerKeyById } from './keys.ts';

/** Where a status list is served; its credential's id, which awards point at. */
export const statusListUrl = (publicUrl: string, listId: string) =>
  `${publicUrl}/credentials/status/${listId}`;

export interface StatusEntry {
  listId: string;
  index: number;
  url: string;
}

/**
 * Gives `count` awards an entry each in the key's status lists, at random indexes, opening (and
 * signing) a new list when the current one is full. Runs under the trust lock taken by
 * activeIssuerKey; the unique (list, index) constraint on awards is the backstop.
 */
export async function allocateStatusEntries(
  db: Db,
  publicUrl: string,
  scope: TrustScope,
  signer: IssuerSigningKey,
  count: number,
): Promise<StatusEntry[]> {
  const entries: StatusEntry[] = [];
  while (entries.length < count) {
    let list = await findOpenStatusList(db, scope, signer.id, 1);
    if (!list) {
      const id = randomUUID();
      list = await insertStatusList(db, scope, {
        id,
        issuerKeyId: signer.id,
        length: STATUS_LIST_LENGTH,
      });
      await signStatusList(
        db,
        scope,
        { id, length: STATUS_LIST_LENGTH, url: statusListUrl(publicUrl, id) },
        signer,
        [],
      );
    }
    // A list keeps the address it was first signed with, even if PUBLIC_URL changes later.
    const url = list.url ?? statusListUrl(publicUrl, list.id);
    const room = Math.floor((list.length * 3) / 4) - list.takenCount;
    const take = Math.min(room, count - entries.length);
    const taken = new Set(await listTakenStatusIndexes(db, scope, list.id));
    for (let i = 0; i < take; i++) {
      const index = pickStatusListIndex((n) => taken.has(n), undefined, list.length);
      taken.add(index);
      entries.push({ listId: list.id, index, url });
    }
    await addStatusListTaken(db, scope, list.id, take);
  }
  return entries;
}

async function signStatusList(
  db: Db,
  scope: TrustScope,
  list: { id: string; length: number; url: string },
  signer: IssuerSigningKey,
  revokedIndexes: number[],
) {
  const credential = await createStatusListCredential({
    id: list.url,
    key: signer.key,
    revokedIndexes,
    length: list.length,
  });
  await saveStatusListCredential(db, scope, list.id, credential);
  return credential;
}

/** Signs a list again with the key it belongs to (even a retired one), from the awards in it. */
export async function resignStatusList(
  db: Db,
  secrets: ServerSecrets,
  publicUrl: string,
  scope: TrustScope,
  listId: string,
) {
  // Under the trust's lock, the revoked set read below includes every revocation committed
  // before, so two revocations at once cannot sign over each other's bit.
  await lockTrustForIssuance(db, scope);
  const list = await findStatusList(db, scope, listId);
  if (!list) throw notFound('That status list');
  const signer = await issuerKeyById(db, secrets, scope, list.issuerKeyId);
  const revoked = await listRevokedStatusIndexes(db, scope, listId);
  const url = list.url ?? statusListUrl(publicUrl, list.id);
  return signStatusList(db, scope, { ...list, url }, signer, revoked);
}
