// Rough throughput of signing and verifying award credentials on this machine (one core, in
// process). Not a test: run with `npm run bench -w @bacc/credentials`.
import { signAwardCredential } from '../src/award-credential.ts';
import { generateIssuerKey } from '../src/keys.ts';
import { createStatusListCredential } from '../src/status-list.ts';
import { awardInput, STATUS_LIST_URL } from '../src/testing/award-input.ts';
import { verifyAwardCredential } from '../src/verify.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function perSecond(name: string, work: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await work(i); // warm up caches and the JIT
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < SECONDS * 1000) await work(done++);
  const rate = done / ((performance.now() - start) / 1000);
  console.log(`${name}: ${rate.toFixed(1)}/s (${done} in ${SECONDS}s)`);
  return rate;
}

const key = await generateIssuerKey();
const list = await createStatusListCredential({
  id: STATUS_LIST_URL,
  key,
  revokedIndexes: [1, 2, 3],
});
const credential = await signAwardCredential(awardInput(), key);
await perSecond('sign award credential', (i) =>
  signAwardCredential(
    awardInput({ credentialId: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
    key,
  ),
);
await perSecond('verify (signature, structure, dates)', () => verifyAwardCredential(credential));
await perSecond('verify with status list', () =>
  verifyAwardCredential(credential, { loadStatusList: async () => list }),
);
await perSecond('sign status list (131,072 entries)', () =>
  createStatusListCredential({ id: STATUS_LIST_URL, key, revokedIndexes: [1, 2, 3] }),
);
