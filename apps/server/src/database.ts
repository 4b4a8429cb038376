import { mkdirSync } from 'node:fs';
import { connectDatabase, type DatabaseHandle, migrateToLatest } from '@bacc/db';
import type { ServerConfig } from './config.ts';

/** Opens PostgreSQL when DATABASE_URL is set, else embedded PGlite in the data folder, and migrates. */
export async function openDatabase(config: ServerConfig): Promise<DatabaseHandle> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const handle = await connectDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
