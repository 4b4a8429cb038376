import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@bacc/db';
import { formatVerificationCode } from '@bacc/schema';
import type { ServerSecrets } from '../src/context.ts';
import { awardVerificationCode } from '../src/services/awards/secrets.ts';
import { hashVerificationCode } from '../src/services/verification.ts';

/** A trust, a centre, a published framework version and `count` awards; returns their codes. */
export async function seedAwards(db: Db, secrets: ServerSecrets, count: number) {
  const trust = await db
    .insertInto('trusts')
    .values({ name: 'Bench Trust', slug: `bench-${randomBytes(3).toString('hex')}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const centre = await db
    .insertInto('centres')
    .values({
      trust_id: trust.id,
      urn: '100001',
      name: 'Bench College',
      kind: 'college',
      town: 'Leeds',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await db
    .insertInto('framework_versions')
    .values({
      trust_id: trust.id,
      name: 'Bench Bacc',
      version_number: 1,
      status: 'published',
      definition: JSON.stringify({ name: 'Bench Bacc' }),
      definition_hash: 'b'.repeat(64),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const codes: string[] = [];
  const tiers = ['Entry', 'Foundation', 'Intermediate', 'Advanced'];
  for (let start = 0; start < count; start += 2_000) {
    const rows = Array.from({ length: Math.min(2_000, count - start) }, (_, i) => {
      const id = randomUUID();
      const code = awardVerificationCode(secrets, id);
      codes.push(formatVerificationCode(code));
      const tier = tiers[(start + i) % tiers.length]!;
      return {
        id,
        trust_id: trust.id,
        centre_id: centre.id,
        learner_id: null,
        framework_version_id: version.id,
        framework_hash: 'b'.repeat(64),
        verification_code_hash: hashVerificationCode(code),
        learner_name: `Learner ${start + i}`,
        tier,
        pathway: (start + i) % 3 === 0 ? 'Technical' : null,
        grade: (start + i) % 2 === 0 ? 'Merit' : null,
        decision: JSON.stringify({ tier }),
        centre_name: 'Bench College',
        components: JSON.stringify([
          { name: 'Core', met: true, measured: '3 A levels', required: '2 A levels' },
        ]),
        components_public: (start + i) % 4 === 0,
      };
    });
    await db.insertInto('awards').values(rows).execute();
  }
  return codes;
}
