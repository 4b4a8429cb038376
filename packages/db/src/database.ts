import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  AuditEventTable,
  AwardTable,
  CohortTable,
  FrameworkVersionTable,
  ImpactPreviewTable,
  IssuerKeyTable,
  StatusListTable,
  SubmissionTable,
} from './tables/awarding.ts';
import type { GradeScaleTable, PointsTableTable, QualificationTable } from './tables/catalogue.ts';
import type {
  ImportMappingTable,
  ImportSessionChunkTable,
  ImportSessionTable,
  ImportTable,
} from './tables/imports.ts';
import type {
  ActivityTable,
  DestinationTable,
  LearnerDecisionTable,
  LearnerTable,
  ProjectTable,
  ResultTable,
} from './tables/learners.ts';
import type {
  AccreditationEventTable,
  AccreditationTable,
  CentreTable,
  LoginAttemptTable,
  RateLimitWindowTable,
  SessionTable,
  TrustTable,
  UserInviteTable,
  UserTable,
} from './tables/organisation.ts';

export type * from './tables/awarding.ts';
export type * from './tables/catalogue.ts';
export type * from './tables/imports.ts';
export type * from './tables/learners.ts';
export type * from './tables/organisation.ts';

/** Every table, by name: what Kysely types each query against. Table types live in ./tables. */
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
  issuer_keys: IssuerKeyTable;
  status_lists: StatusListTable;
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
