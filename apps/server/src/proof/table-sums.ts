import { type Database, type Kysely, tableFingerprints } from '@bacc/db';

/** Every table's row count and md5 (the backup's own fingerprints), to compare before and after. */
export async function tableSums(db: Kysely<Database>): Promise<Record<string, string>> {
  const fingerprints = await tableFingerprints(db);
  return Object.fromEntries(
    Object.entries(fingerprints).map(([table, f]) => [table, `${f.rows}:${f.md5}`]),
  );
}
