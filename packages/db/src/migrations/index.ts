import type { Migration } from 'kysely';
import * as foundation from './2026-11-22T07-00_foundation.ts';
import * as learnerRecords from './2026-11-22T08-00_learner-records.ts';
import * as importSessions from './2026-11-22T09-10_import-sessions.ts';
import * as catalogueAccreditationUsers from './2026-11-22T09-15_catalogue-accreditation-users.ts';
import * as frameworkAuthoring from './2026-11-22T09-20_framework-authoring.ts';
import * as importChunks from './2026-11-22T09-40_import-chunks.ts';
import * as rateLimits from './2026-11-22T10-00_rate-limits.ts';
import * as awardsIssuance from './2026-11-22T11-00_awards-issuance.ts';
import * as auditChain from './2026-11-22T11-20_audit-chain.ts';
import * as dataProtection from './2026-11-22T11-40_data-protection.ts';
import * as rowLevelSecurity from './2026-11-22T11-50_row-level-security.ts';
import * as tenantPolicyPerStatement from './2026-11-22T13-30_tenant-policy-per-statement.ts';

/** Every migration, by timestamped name; Kysely runs them in name order. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T07-00_foundation': foundation,
  '2026-11-22T08-00_learner-records': learnerRecords,
  '2026-11-22T09-15_catalogue-accreditation-users': catalogueAccreditationUsers,
  '2026-11-22T09-10_import-sessions': importSessions,
  '2026-11-22T09-20_framework-authoring': frameworkAuthoring,
  '2026-11-22T09-40_import-chunks': importChunks,
  '2026-11-22T10-00_rate-limits': rateLimits,
  '2026-11-22T11-00_awards-issuance': awardsIssuance,
  '2026-11-22T11-20_audit-chain': auditChain,
  '2026-11-22T11-40_data-protection': dataProtection,
  '2026-11-22T11-50_row-level-security': rowLevelSecurity,
  '2026-11-22T13-30_tenant-policy-per-statement': tenantPolicyPerStatement,
};
