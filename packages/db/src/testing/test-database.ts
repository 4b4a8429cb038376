import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from '../connect.ts';
import './provided.ts';
import { adminUrl } from './urls.ts';

/** A fresh migrated database for one test file, dropped by close(). */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const image = new Blob([readFileSync(inject('baccPgliteImage'))]);
    return connectDatabase({ loadDataDir: image });
  }
  const url = inject('baccPostgresUrl');
  const template = inject('baccPostgresTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `bacc_t_${randomBytes(6).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin.db);
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

export interface DatabaseSuite {
  /** The database of the running suite; valid inside tests and hooks. */
  readonly handle: DatabaseHandle;
  readonly kind: DatabaseKind;
}

/**
 * Runs the same tests on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set; a skipped
 * PostgreSQL run shows up as skipped tests, never as silence.
 */
export function describeEachDatabase(name: string, body: (suite: DatabaseSuite) => void) {
  const postgres = inject('baccPostgresUrl') !== null;
  for (const kind of ['pglite', 'postgres'] as const) {
    const run = kind === 'pglite' || postgres ? describe : describe.skip;
    const label =
      kind === 'postgres' && !postgres ? 'postgres (SKIPPED: TEST_DATABASE_URL not set)' : kind;
    run(`${name} [${label}]`, () => {
      let current: DatabaseHandle | undefined;
      const suite: DatabaseSuite = {
        get handle() {
          if (!current) throw new Error('database not ready: use it inside tests or hooks');
          return current;
        },
        kind,
      };
      beforeAll(async () => {
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.close();
      });
      body(suite);
    });
  }
}
