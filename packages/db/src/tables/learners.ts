import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.ts';

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
