import {
  applyLeaverRetention,
  createContextInner,
  leaverRetention,
  type ServerSecrets,
} from '@bacc/api';
import type { Database, Kysely } from '@bacc/db';

export const retentionUsage = `Applies each trust's retention setting for leavers' records.

  npm run retention                     shows, per trust, the setting and how many leavers are due
  npm run retention -- --apply          erases every leaver past their trust's retention period
  npm run retention -- --trust <slug>   only that trust

Erased learners' awards stay answerable by code as "revoked: record erased", naming nobody.
Staged import files older than 30 days are deleted too. Run it daily (cron, a scheduled job).
Uses DATABASE_URL or BACC_DATA_DIR, and the server secret, like the server.`;

/** Runs the retention command; returns the lines to print. */
export async function runRetentionCommand(
  options: { apply?: boolean; trust?: string },
  deps: {
    db: Kysely<Database>;
    secrets: ServerSecrets;
    publicUrl: string;
    now?: () => Date;
    progress?: (line: string) => void;
  },
): Promise<string[]> {
  const ctx = createContextInner({
    db: deps.db,
    secrets: deps.secrets,
    publicUrl: deps.publicUrl,
    now: deps.now ?? (() => new Date()),
  });
  let query = deps.db.selectFrom('trusts').select(['id', 'name', 'slug']).orderBy('name');
  if (options.trust) query = query.where('slug', '=', options.trust.trim().toLowerCase());
  const trusts = await query.execute();
  if (options.trust && trusts.length === 0)
    throw new Error(`There is no trust "${options.trust}".`);
  const lines: string[] = [];
  for (const trust of trusts) {
    const scope = { trustId: trust.id };
    const setting = await leaverRetention(ctx, scope);
    const kept =
      setting.years === null
        ? 'keeps leavers’ records'
        : `keeps leavers’ records ${setting.years} years (leavers of ${setting.lastExpiredLeavingYear} and before are due)`;
    if (!options.apply) {
      lines.push(`${trust.name} (${trust.slug}) ${kept}: ${setting.learnersDue} learners due.`);
      continue;
    }
    const done = await applyLeaverRetention(ctx, scope, (n, total) =>
      deps.progress?.(`${trust.slug}: erased ${n} of ${total}`),
    );
    lines.push(
      `${trust.name} (${trust.slug}) ${kept}: erased ${done.erased} learners, ended ${done.awardsEnded} awards, deleted ${done.stagedRowsDeleted} staged import chunks.`,
    );
  }
  if (!options.apply) lines.push('Nothing was changed. Add --apply to erase.');
  return lines;
}
