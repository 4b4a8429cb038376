import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.ts';

export interface FrameworkVersionTable {
  id: Generated<string>;
  trust_id: string;
  name: string;
  version_number: number;
  status: 'draft' | 'published' | 'retired';
  definition: Json<unknown>;
  definition_hash: string | null;
  created_at: CreatedAt;
  published_at: Date | null;
  retired_at: Date | null;
  /** Bumped by every saved edit of a draft, for optimistic concurrency. */
  version: Generated<number>;
  updated_at: Timestamp;
  created_by: string | null;
}

export interface ImpactPreviewTable {
  id: Generated<string>;
  trust_id: string;
  framework_version_id: string;
  framework_hash: string;
  centre_id: string | null;
  leaving_year: number | null;
  status: Generated<'running' | 'done' | 'failed'>;
  processed: Generated<number>;
  total: Generated<number>;
  result: Json<unknown> | null;
  error: string | null;
  requested_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  finished_at: Date | null;
}

export interface CohortTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  leaving_year: number;
  framework_version_id: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SubmissionTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  cohort_id: string;
  status: Generated<'pending' | 'returned' | 'approved'>;
  learner_count: number;
  submitted_by: string;
  submitted_at: CreatedAt;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
}

export interface AwardTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  learner_id: string | null;
  framework_version_id: string;
  framework_hash: string;
  verification_code_hash: string;
  learner_name: string;
  tier: string;
  pathway: string | null;
  grade: string | null;
  decision: Json<unknown>;
  issued_at: CreatedAt;
  status: Generated<'valid' | 'revoked' | 'superseded'>;
  superseded_by_id: string | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
  /** The signed Open Badges 3.0 credential, exactly as issued. */
  credential: Json<unknown> | null;
  issuer_key_id: string | null;
  status_list_id: string | null;
  status_list_index: number | null;
  /** The award this one replaced (reissue); the old one points back with superseded_by_id. */
  supersedes_id: string | null;
  submission_id: string | null;
  /** Whether the public verification answer shows the component breakdown. */
  components_public: Generated<boolean>;
  revoked_by: string | null;
  issued_by: string | null;
  /** Why a reissue was made; null for an award issued on approval. */
  issue_reason: string | null;
  trust_name: string | null;
  centre_name: string | null;
  framework_name: string | null;
  framework_version: number | null;
  leaving_year: number | null;
  /** Snapshot: each component of the tier as decided: { name, met, measured, required }. */
  components: ColumnType<AwardComponent[], string | undefined, never>;
  /** Snapshot: the evidence that counted towards the decision. */
  evidence: ColumnType<AwardEvidence[], string | undefined, never>;
  /** Set when the learner's record was erased: the personal fields above are then empty. */
  erased_at: Date | null;
}

export interface AwardComponent {
  name: string;
  met: boolean;
  measured: string;
  required: string;
}

export interface AwardEvidence {
  id: string;
  source: 'results' | 'projects' | 'activities';
  title: string;
  detail: string;
}

export interface IssuerKeyTable {
  id: Generated<string>;
  trust_id: string;
  public_key_multibase: string;
  /** The Ed25519 secret key, sealed with AES-256-GCM under the server secret. */
  secret_key_sealed: string;
  status: Generated<'active' | 'retired'>;
  created_at: CreatedAt;
  retired_at: Date | null;
}

export interface StatusListTable {
  id: Generated<string>;
  trust_id: string;
  issuer_key_id: string;
  length: number;
  taken_count: Generated<number>;
  /** The signed BitstringStatusListCredential as last signed; null until first signed. */
  credential: Json<unknown> | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  trust_id: string;
  centre_id: string | null;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  occurred_at: CreatedAt;
  /** Set by the database (audit chain trigger); whatever a writer passes is replaced. */
  prev_hash: Generated<string>;
  hash: Generated<string>;
}
