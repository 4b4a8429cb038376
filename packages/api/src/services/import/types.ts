import type { AuditEvent, Db } from '@bacc/db';

export type RowAction = 'create' | 'update' | 'unchanged';

/** One problem with one cell, as the user sees it in their spreadsheet. */
export interface ImportRowError {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  /** The file's header for the column (or the Bacc field's name when it was not mapped). */
  column: string;
  field: string;
  message: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

export interface PreviewRow {
  row: number;
  action: RowAction;
  learner: string;
  detail: string;
}

export interface WriteOutcome {
  /** Learners whose record changed, for deciding again. */
  learners: Array<{ id: string; leavingYear: number }>;
  /** Per-learner audit events (without trust and actor, added by the caller). */
  events: Array<Omit<AuditEvent, 'trustId' | 'actorUserId' | 'centreId'>>;
}

/** What an import would do: every problem, or the writes that carry it out. */
export interface ImportPlan {
  errors: ImportRowError[];
  counts: ImportCounts;
  preview: PreviewRow[];
  write(tx: Db, actorUserId: string): Promise<WriteOutcome>;
}

export const PREVIEW_ROWS = 10;
