import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.ts';

export interface TrustTable {
  id: Generated<string>;
  name: string;
  slug: string;
  created_at: CreatedAt;
  /** Whole years after leaving that leavers' records are kept; null keeps them. */
  leaver_retention_years: number | null;
}

export interface CentreTable {
  id: Generated<string>;
  trust_id: string;
  urn: string;
  name: string;
  kind: 'school' | 'college' | 'other';
  town: string | null;
  address: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string | null;
  email: string;
  display_name: string;
  role: 'trust_admin' | 'centre_admin' | 'centre_staff';
  password_hash: string | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  trust_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface UserInviteTable {
  token_hash: string;
  trust_id: string;
  user_id: string;
  purpose: 'invite' | 'reset';
  expires_at: Date;
  used_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export type AccreditationStatus = 'applied' | 'accredited' | 'suspended' | 'withdrawn' | 'rejected';

export interface AccreditationTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  status: AccreditationStatus;
  framework_version_id: string | null;
  programme: Json<unknown>;
  conformance: Json<unknown> | null;
  applied_by: string | null;
  applied_at: Date | null;
  accredited_from: string | null;
  accredited_until: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AccreditationEventTable {
  id: Generated<number>;
  trust_id: string;
  centre_id: string;
  accreditation_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  accredited_until: string | null;
  note: string | null;
  actor_user_id: string | null;
  occurred_at: CreatedAt;
}

export interface RateLimitWindowTable {
  key: string;
  window_start: Date;
  hits: number;
}
