import { randomBytes } from 'node:crypto';
import { connectDatabase, type DatabaseHandle, sql } from '@bacc/db';
import '@bacc/db/testing';
import { inject } from 'vitest';

/** The PostgreSQL server the test run was given (TEST_DATABASE_URL), or null. */
export const testPostgresUrl = (): string | null => inject('baccPostgresUrl');

export interface FreshPostgres {
  /** Where a server process connects. */
  url: string;
  /** The test's own connection, for checksums and counts. */
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** A new migrated database copied from the run's template, for one test file's servers. */
export async function freshPostgresDatabase(): Promise<FreshPostgres> {
  const base = inject('baccPostgresUrl');
  const template = inject('baccPostgresTemplate');
  if (!base || !template) throw new Error('this proof needs TEST_DATABASE_URL');
  const name = `bacc_proof_${randomBytes(6).toString('hex')}`;
  const admin = await connectDatabase({ url: base, poolSize: 1 });
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin.db);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = await connectDatabase({ url, poolSize: 2 });
  return {
    url,
    handle,
    drop: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}
