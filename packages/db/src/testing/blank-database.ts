import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from '../connect.ts';
import './provided.ts';
import { adminUrl } from './urls.ts';

/**
 * A database with no schema at all (not the migrated test image), for tests that step through
 * migrations or restore a backup into a brand-new database. close() drops it.
 */
export async function createBlankDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') return connectDatabase({});
  const url = inject('baccPostgresUrl');
  if (!url) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `bacc_blank_${randomBytes(6).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)} template template0`.execute(admin.db);
  const handle = await connectDatabase({ url: adminUrl(url, name), poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

/** The database kinds this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function availableDatabaseKinds(): DatabaseKind[] {
  return inject('baccPostgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
}
