import { createList, decodeList } from '@digitalcredentials/vc-bitstring-status-list';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_LIST_LENGTH } from '../status-list.ts';
import { decodeStatusList } from './bitstring.ts';

describe('decodeStatusList', () => {
  it('reads exactly the bits the status list library wrote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat(STATUS_LIST_LENGTH - 1), { maxLength: 40 }),
        async (revoked) => {
          const list = await createList({ length: STATUS_LIST_LENGTH });
          for (const i of revoked) list.setStatus(i, true);
          const encoded = await list.encode();
          const ours = await decodeStatusList(encoded);
          const theirs = await decodeList({ encodedList: encoded });
          expect(ours.length).toBe(theirs.length);
          const probes = [
            ...revoked,
            ...revoked.map((i) => (i + 1) % STATUS_LIST_LENGTH),
            0,
            STATUS_LIST_LENGTH - 1,
          ];
          for (const i of probes) expect(ours.isSet(i), `index ${i}`).toBe(theirs.getStatus(i));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses text that is not a multibase base64url GZIP list', async () => {
    await expect(decodeStatusList('zabc')).rejects.toThrow(/starting "u"/);
    await expect(decodeStatusList('u!!!')).rejects.toThrow(/base64url/);
    await expect(decodeStatusList('uAAAA')).rejects.toThrow();
  });
});
