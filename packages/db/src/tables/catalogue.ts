import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.ts';

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

/** A points table in the engine's own shape: points per grade, per grade scale. */
export interface PointsTableTable {
  trust_id: string;
  key: string;
  name: string;
  points: Json<Record<string, Record<string, number>>>;
  version: Generated<number>;
  updated_at: Timestamp;
}
