import type { CentreScope, Db } from '@bacc/db';
import {
  checkActivityRow,
  checkLearnerRow,
  checkResultRow,
  fieldLabel,
  type ImportKind,
  type ImportMapping,
  type RowCheck,
} from '@bacc/schema';
import { planActivities } from './activities.ts';
import { planLearners } from './learners.ts';
import { planResults } from './results.ts';
import type { ImportPlan, ImportRowError } from './types.ts';
import { valuesReader } from './values.ts';

type StagedRow = { row: number; cells: readonly string[] };
type Checked = { row: number; value: never };
type Planner = (
  db: Db,
  scope: CentreScope,
  rows: Checked[],
  report: (row: number, field: string, message: string) => void,
) => Promise<Omit<ImportPlan, 'errors'>>;

const rowCheckers: Record<ImportKind, (values: Record<string, string>) => RowCheck<unknown>> = {
  learners: checkLearnerRow,
  results: checkResultRow,
  activities: checkActivityRow,
};
const planners: Record<ImportKind, Planner> = {
  learners: planLearners as Planner,
  results: planResults as Planner,
  activities: planActivities as Planner,
};

function errorSink(kind: ImportKind, mapping: ImportMapping) {
  const errors: ImportRowError[] = [];
  const report = (row: number, field: string, message: string) =>
    errors.push({ row, field, column: mapping[field] ?? fieldLabel(kind, field), message });
  return { errors, report };
}

/** Each row on its own, against the shared schemas: the check a chunk gets as it arrives. */
export function checkRows(
  kind: ImportKind,
  headers: readonly string[],
  mapping: ImportMapping,
  rows: readonly StagedRow[],
) {
  const read = valuesReader(headers, mapping);
  const { errors, report } = errorSink(kind, mapping);
  const good: Checked[] = [];
  for (const r of rows) {
    const check = rowCheckers[kind](read(r.cells));
    if (check.ok) good.push({ row: r.row, value: check.value as never });
    else for (const e of check.errors) report(r.row, e.field, e.message);
  }
  return { errors, good, report };
}

/** Every row against the schemas and then against the database: the whole dry run. */
export async function planImport(
  db: Db,
  scope: CentreScope,
  kind: ImportKind,
  headers: readonly string[],
  mapping: ImportMapping,
  rows: readonly StagedRow[],
): Promise<ImportPlan> {
  const { errors, good, report } = checkRows(kind, headers, mapping, rows);
  const plan = await planners[kind](db, scope, good, report);
  errors.sort((a, b) => a.row - b.row);
  return { ...plan, errors };
}
