import { mkdirSync } from 'node:fs';
import {
  APPLICATION_ROLE,
  connectDatabase,
  type DatabaseHandle,
  migrateToLatest,
  type RoleStanding,
  roleStanding,
  workAsApplicationRole,
} from '@bacc/db';
import { ownerDatabaseUrl, type ServerConfig } from './config.ts';
import type { Logger } from './logger.ts';

/**
 * Opens the database as the schema's owner (MIGRATION_DATABASE_URL, else DATABASE_URL, else
 * embedded PGlite in the data folder) and migrates: the start-up work and the command-line tools.
 */
export async function openDatabase(config: ServerConfig): Promise<DatabaseHandle> {
  const url = ownerDatabaseUrl(config);
  if (!url) mkdirSync(config.dataDir, { recursive: true });
  const handle = await connectDatabase(url ? { url } : { dataDir: config.dataDir });
  try {
    const standing = url ? await standingIfMigrated(handle) : null;
    if (standing && !standing.canBypass && !config.migrationDatabaseUrl)
      throw new Error(
        `Bacc cannot start: the login ${standing.login} (DATABASE_URL) is bound by row-level security, so it cannot bring the schema up to date. Set MIGRATION_DATABASE_URL to the schema owner's login as well.`,
      );
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** The role standing of a database that has been migrated before; null for a new one. */
async function standingIfMigrated(handle: DatabaseHandle): Promise<RoleStanding | null> {
  try {
    return await roleStanding(handle.db);
  } catch {
    return null;
  }
}

export interface RequestDatabase {
  handle: DatabaseHandle;
  standing: RoleStanding;
  /** How the server came to work as bacc_app, for the start-up log. */
  how: 'own login' | 'switched at connect' | 'switched the embedded session';
}

/**
 * The connection requests use: it works as bacc_app, so row-level security binds every query,
 * whichever path (procedure, verification page, status list, background job) runs it.
 * Takes over `owner` (the embedded database's only connection; a PostgreSQL pool is closed).
 */
export async function openRequestDatabase(
  config: ServerConfig,
  owner: DatabaseHandle,
  logger: Logger,
): Promise<RequestDatabase> {
  if (!config.databaseUrl) {
    try {
      const standing = bound(await workAsApplicationRole(owner.db));
      return { handle: owner, standing, how: 'switched the embedded session' };
    } catch (error) {
      await owner.close();
      throw error;
    }
  }
  await owner.close();
  const url = config.databaseUrl;
  const probe = await connectDatabase({ url, poolSize: 1 });
  const login = await roleStanding(probe.db).finally(() => probe.close());
  if (!login.canBypass && !login.boundByPolicies)
    throw new Error(
      `Bacc cannot start: the login ${login.login} (DATABASE_URL) is not a member of ${APPLICATION_ROLE}. Ask the database administrator to run: GRANT ${APPLICATION_ROLE} TO ${login.login};`,
    );
  if (login.canBypass)
    logger.warn(
      { login: login.login },
      `DATABASE_URL's login could bypass row-level security, so each connection switches to ${APPLICATION_ROLE} as it opens; in production give the server a login of its own (docs/deployment.md)`,
    );
  const handle = await connectDatabase(
    login.canBypass ? { url, sessionRole: APPLICATION_ROLE } : { url },
  );
  try {
    const standing = bound(await roleStanding(handle.db));
    return { handle, standing, how: login.canBypass ? 'switched at connect' : 'own login' };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Refuses to serve on a connection row-level security does not bind. */
function bound(standing: RoleStanding): RoleStanding {
  if (standing.canBypass || !standing.boundByPolicies)
    throw new Error(
      `Bacc cannot start: requests would run as ${standing.role}, which row-level security does not bind.`,
    );
  return standing;
}
