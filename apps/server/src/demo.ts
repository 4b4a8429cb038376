import { awardVerificationCode, type ServerSecrets } from '@bacc/api';
import type { Database, Kysely } from '@bacc/db';
import { formatVerificationCode } from '@bacc/schema';
import type { Logger } from './logger.ts';
import type { DemoIssuance } from './seed/awards.ts';
import { DEMO_PASSWORD, type DemoLogin, isDatabaseEmpty, seedDemoData } from './seed/index.ts';
import { DEMO_TRUST } from './seed/organisation.ts';

const DEMO_DOMAIN = '@demo.bacc.test';

/**
 * Seeds the demo trust into an empty database; on later starts, finds the demo accounts again
 * so they can be printed. A database that holds real data is never touched.
 */
export async function ensureDemoData(
  db: Kysely<Database>,
  logger: Logger,
  issuance: DemoIssuance,
): Promise<DemoLogin[]> {
  if (await isDatabaseEmpty(db)) {
    const started = performance.now();
    const { logins, counts } = await seedDemoData(db, { issuance });
    logger.info({ counts, ms: Math.round(performance.now() - started) }, 'demo data seeded');
    return logins;
  }
  const rows = await db
    .selectFrom('users')
    .leftJoin('centres', 'centres.id', 'users.centre_id')
    .select(['users.email', 'users.role', 'centres.name as centreName'])
    .where('users.email', 'like', `%${DEMO_DOMAIN}`)
    .where('users.disabled_at', 'is', null)
    .orderBy('users.role', 'desc')
    .orderBy('centres.name')
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({
    email: r.email,
    role: r.role,
    centreName: r.centreName,
    password: DEMO_PASSWORD,
  }));
}

/** A current award of the demo trust, as a code to try on the verification page. */
export async function findDemoAwardCode(db: Kysely<Database>, secrets: ServerSecrets) {
  const award = await db
    .selectFrom('awards')
    .innerJoin('trusts', 'trusts.id', 'awards.trust_id')
    .select('awards.id')
    .where('trusts.slug', '=', DEMO_TRUST.slug)
    .where('awards.status', '=', 'valid')
    .orderBy('awards.learner_name')
    .orderBy('awards.id')
    .limit(1)
    .executeTakeFirst();
  return award ? formatVerificationCode(awardVerificationCode(secrets, award.id)) : null;
}
