import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import './provided.ts';
import { adminUrl } from './urls.ts';

let cleanup: Array<() => Promise<void>> = [];

/** Migrates once per test run: a PGlite image on disk, and a template database on PostgreSQL. */
export async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'bacc-test-'));
  cleanup.push(async () => rmSync(folder, { recursive: true, force: true }));
  const image = join(folder, 'migrated.tar');
  const handle = await connectDatabase({});
  await migrateToLatest(handle.db);
  const dump = await handle.dumpDataDir!();
  writeFileSync(image, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('baccPgliteImage', image);

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    process.stderr.write(
      '\n*** PostgreSQL suite SKIPPED: TEST_DATABASE_URL is not set, so database tests ran on PGlite only ***\n\n',
    );
    project.provide('baccPostgresUrl', null);
    project.provide('baccPostgresTemplate', null);
    return;
  }
  const template = `bacc_tmpl_${randomBytes(5).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(template)}`.execute(admin.db);
  const tmpl = await connectDatabase({ url: adminUrl(url, template), poolSize: 1 });
  await migrateToLatest(tmpl.db);
  await tmpl.close();
  cleanup.push(async () => {
    await sql`drop database if exists ${sql.id(template)} with (force)`.execute(admin.db);
    await admin.close();
  });
  project.provide('baccPostgresUrl', url);
  project.provide('baccPostgresTemplate', template);
}

export async function teardown() {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
}
