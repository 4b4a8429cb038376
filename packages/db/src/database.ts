import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface TrustTable {
  id: Generated<string>;
  name: string;
  slug: string;
  created_at: CreatedAt;
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

export interface GradeScaleTable {
  trust_id: string;
  key: string;
  name: string;
  grades: Json<string[]>;
  version: Generated<number>;
}

export interface QualificationTable {
  id: Generated<string>;
  trust_id: string;
  qn: string | null;
  title: string;
  type: string;
  subject: string | null;
  level: number;
  glh: number | null;
  tqt: number | null;
  size_a_levels: number | null;
  category: 'general' | 'technical';
  discount_code: string | null;
  grade_scale: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface LearnerTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  uln: string | null;
  upn: string | null;
  legal_given_name: string;
  legal_family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  leaving_year: number;
  version: Generated<number>;
  submission_id: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ResultTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  learner_id: string;
  qualification_id: string;
  grade: string;
  status: 'provisional' | 'confirmed';
  awarded_on: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActivityTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  learner_id: string;
  strand: 'leadership_service' | 'creative_cultural' | 'physical_outdoor';
  hours: number;
  started_on: string | null;
  ended_on: string | null;
  description: string;
  verified_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProjectTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  learner_id: string;
  title: string;
  kind: 'epq' | 'accredited' | 'centre_devised';
  qualification_id: string | null;
  grade: string | null;
  hours: number | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

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

export interface LearnerDecisionTable {
  learner_id: string;
  trust_id: string;
  centre_id: string;
  framework_version_id: string;
  framework_hash: string;
  tier: string | null;
  /** 0 for no award, then 1, 2, ... from the lowest tier up, so tiers sort and compare. */
  tier_rank: number;
  pathway: string | null;
  award_grade: string | null;
  next_tier: string | null;
  gap_size: number | null;
  unmet_components: ColumnType<string[], string[] | undefined, string[]>;
  decision: Json<unknown>;
  computed_at: Timestamp;
}

export type DestinationKind = 'education' | 'apprenticeship' | 'employment' | 'neet' | 'unknown';
export type DestinationCheckpoint = 'at_leaving' | 'six_months' | 'one_year' | 'two_years';

export interface DestinationTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  learner_id: string;
  checkpoint: DestinationCheckpoint;
  kind: DestinationKind;
  provider: string | null;
  sustained: boolean | null;
  recorded_on: string;
  notes: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ImportKind = 'learners' | 'results' | 'activities';

export interface ImportTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  kind: ImportKind;
  file_hash: string;
  file_name: string;
  row_count: number;
  summary: Json<unknown>;
  committed_by: string;
  committed_at: CreatedAt;
}

export interface ImportMappingTable {
  trust_id: string;
  centre_id: string;
  kind: ImportKind;
  header_signature: string;
  mapping: Json<Record<string, string>>;
  updated_at: Timestamp;
}

export type ImportSessionStatus = 'staging' | 'checked' | 'committed';

export interface ImportSessionTable {
  id: Generated<string>;
  trust_id: string;
  centre_id: string;
  kind: ImportKind;
  file_name: string;
  headers: Json<string[]>;
  mapping: Json<Record<string, string>>;
  row_count: number;
  status: Generated<ImportSessionStatus>;
  file_hash: string | null;
  dry_run: Json<unknown> | null;
  errors: Json<unknown> | null;
  import_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ImportSessionChunkTable {
  trust_id: string;
  centre_id: string;
  session_id: string;
  first_row: number;
  row_count: number;
  rows: Json<Array<{ row: number; cells: string[] }>>;
}

export interface RateLimitWindowTable {
  key: string;
  window_start: Date;
  hits: number;
}

export interface Database {
  rate_limit_windows: RateLimitWindowTable;
  import_sessions: ImportSessionTable;
  import_session_chunks: ImportSessionChunkTable;
  cohorts: CohortTable;
  submissions: SubmissionTable;
  learner_decisions: LearnerDecisionTable;
  destinations: DestinationTable;
  imports: ImportTable;
  import_mappings: ImportMappingTable;
  trusts: TrustTable;
  centres: CentreTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  grade_scales: GradeScaleTable;
  qualifications: QualificationTable;
  learners: LearnerTable;
  results: ResultTable;
  activities: ActivityTable;
  projects: ProjectTable;
  framework_versions: FrameworkVersionTable;
  impact_previews: ImpactPreviewTable;
  awards: AwardTable;
  audit_events: AuditEventTable;
  points_tables: PointsTableTable;
  accreditations: AccreditationTable;
  accreditation_events: AccreditationEventTable;
  user_invites: UserInviteTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type LearnerRow = Selectable<LearnerTable>;
export type NewLearner = Insertable<LearnerTable>;
export type LearnerUpdate = Updateable<LearnerTable>;
export type CentreRow = Selectable<CentreTable>;
export type SessionRow = Selectable<SessionTable>;
export type QualificationRow = Selectable<QualificationTable>;

/** A points table in the engine's own shape: points per grade, per grade scale. */
export interface PointsTableTable {
  trust_id: string;
  key: string;
  name: string;
  points: Json<Record<string, Record<string, number>>>;
  version: Generated<number>;
  updated_at: Timestamp;
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
