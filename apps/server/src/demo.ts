import type { Database, Kysely } from '@bacc/db';
import type { Logger } from './logger.ts';
import { DEMO_PASSWORD, type DemoLogin, isDatabaseEmpty, seedDemoData } from './seed/index.ts';

const DEMO_DOMAIN = '@demo.bacc.test';

/**
 * Seeds the demo trust into an empty database; on later starts, finds the demo accounts again
 * so they can be printed. A database that holds real data is never touched.
 */
export async function ensureDemoData(db: Kysely<Database>, logger: Logger): Promise<DemoLogin[]> {
  if (await isDatabaseEmpty(db)) {
    const started = performance.now();
    const { logins, counts } = await seedDemoData(db);
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
