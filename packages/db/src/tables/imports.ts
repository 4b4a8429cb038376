import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.ts';

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
