import { createHash } from 'node:crypto';
import {
  type Db,
  insertQualifications,
  listGradeScalesForAdmin,
  listQualificationNumbers,
  type TrustScope,
} from '@bacc/db';
import { qualificationInputSchema, type SessionUser } from '@bacc/schema';
import Papa from 'papaparse';
import type { Context } from '../../context.ts';
import { invalid } from '../../errors.ts';
import { audit } from '../audit.ts';
import { toQualificationColumns } from './qualifications.ts';

type Actor = Context & { user: SessionUser };

/** The CSV columns, by header (compared case- and spacing-insensitively), and what they fill. */
export const catalogueColumns = [
  { header: 'qn', field: 'qn', required: false },
  { header: 'title', field: 'title', required: true },
  { header: 'type', field: 'type', required: true },
  { header: 'subject', field: 'subject', required: false },
  { header: 'level', field: 'level', required: true },
  { header: 'glh', field: 'glh', required: false },
  { header: 'tqt', field: 'tqt', required: false },
  { header: 'size_a_levels', field: 'sizeALevels', required: false },
  { header: 'category', field: 'category', required: true },
  { header: 'discount_code', field: 'discountCode', required: false },
  { header: 'grade_scale', field: 'gradeScale', required: true },
] as const;

export interface CellError {
  row: number;
  column: string;
  message: string;
}

const normalise = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const numeric = new Set(['level', 'glh', 'tqt', 'sizeALevels']);

/**
 * Reads and checks every row; nothing is written. Errors name the spreadsheet row (header = 1)
 * and the column, so a person can fix the file and upload it again.
 */
export async function checkCatalogueCsv(db: Db, scope: TrustScope, csv: string) {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const errors: CellError[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    column: '',
    message: e.message,
  }));
  const index = new Map(header.map((h, i) => [normalise(h), i]));
  for (const c of catalogueColumns)
    if (c.required && !index.has(c.header))
      errors.push({ row: 1, column: c.header, message: `The file has no "${c.header}" column.` });
  if (errors.some((e) => e.row === 1)) return { rows: [], errors, rowCount: 0 };

  const [scales, existingQns] = await Promise.all([
    listGradeScalesForAdmin(db, scope),
    listQualificationNumbers(db, scope),
  ]);
  const scaleKeys = new Set(scales.map((s) => s.key));
  const seenQns = new Map<string, number>();
  const rows: Array<{
    row: number;
    qualification: ReturnType<typeof qualificationInputSchema.parse>;
  }> = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const raw: Record<string, unknown> = {};
    for (const c of catalogueColumns) {
      const at = index.get(c.header);
      const text = at === undefined ? '' : (cells[at] ?? '').trim();
      if (text === '') raw[c.field] = null;
      else if (numeric.has(c.field))
        raw[c.field] = Number.isNaN(Number(text)) ? text : Number(text);
      else if (c.field === 'type' || c.field === 'subject' || c.field === 'category')
        raw[c.field] = text.toLowerCase().replace(/[^a-z0-9]+/g, '_');
      else raw[c.field] = text;
    }
    const result = qualificationInputSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = catalogueColumns.find((c) => c.field === field)?.header ?? field;
        errors.push({ row, column, message: issue.message });
      }
      return;
    }
    const q = result.data;
    if (!scaleKeys.has(q.gradeScale))
      errors.push({
        row,
        column: 'grade_scale',
        message: `No grade scale "${q.gradeScale}" in this trust (${[...scaleKeys].join(', ')})`,
      });
    if (q.qn) {
      if (existingQns.has(q.qn))
        errors.push({ row, column: 'qn', message: `QN ${q.qn} is already in the catalogue` });
      const first = seenQns.get(q.qn);
      if (first !== undefined)
        errors.push({ row, column: 'qn', message: `QN ${q.qn} is also on row ${first}` });
      else seenQns.set(q.qn, row);
    }
    rows.push({ row, qualification: q });
  });
  if (rows.length === 0 && errors.length === 0)
    errors.push({
      row: 2,
      column: '',
      message: 'The file has a header row but no qualifications.',
    });
  return { rows, errors, rowCount: rows.length };
}

/** Dry run: what would be added, and every problem. */
export async function previewCatalogueImport(ctx: Context, scope: TrustScope, csv: string) {
  const { rows, errors } = await checkCatalogueCsv(ctx.db, scope, csv);
  return {
    ok: errors.length === 0,
    rowCount: rows.length,
    errors: errors.slice(0, 500),
    errorCount: errors.length,
    sample: rows.slice(0, 20).map((r) => ({ row: r.row, ...r.qualification })),
  };
}

/** All or nothing: one bad row and nothing is added. Checked again inside the transaction. */
export async function commitCatalogueImport(
  ctx: Actor,
  scope: TrustScope,
  input: { fileName: string; csv: string },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const { rows, errors } = await checkCatalogueCsv(tx, scope, input.csv);
    if (errors.length > 0)
      throw invalid(
        `Nothing was imported: the file has ${errors.length} problem(s). Run the check again to see them.`,
        { errors: errors.slice(0, 500) },
      );
    const added = await insertQualifications(
      tx,
      scope,
      rows.map((r) => toQualificationColumns(r.qualification)),
    );
    const fileHash = createHash('sha256').update(input.csv).digest('hex');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'qualification.imported',
      entity: 'qualification_import',
      entityId: fileHash,
      after: { fileName: input.fileName, added: added.length, qns: added.map((a) => a.qn) },
    });
    return { added: added.length };
  });
}
