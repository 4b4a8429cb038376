import type { z } from 'zod';
import { activityInputSchema, resultInputSchema } from '../evidence.ts';
import { ulnSchema, upnSchema } from '../identifiers.ts';
import { type LearnerInput, learnerInputSchema } from '../learner.ts';
import { qualificationNumberSchema } from '../qualification.ts';
import { uuidSchema } from '../text.ts';
import { parseSpreadsheetDate } from './dates.ts';
import { parseStrand } from './strands.ts';

/** One problem with one cell, named by the Bacc field it was mapped to. */
export interface ImportCellError {
  field: string;
  message: string;
}
export type RowCheck<T> = { ok: true; value: T } | { ok: false; errors: ImportCellError[] };

/** A row's cells by Bacc field key, trimmed; a field not mapped or left blank is ''. */
export type ImportValues = Readonly<Record<string, string>>;

export interface LearnerReference {
  uln: string | null;
  upn: string | null;
  learnerId: string | null;
}
export interface ResultImportRow {
  learner: LearnerReference;
  qn: string | null;
  qualificationTitle: string | null;
  grade: string;
  status: 'provisional' | 'confirmed';
  awardedOn: string | null;
}
export interface ActivityImportRow {
  learner: LearnerReference;
  strand: 'leadership_service' | 'creative_cultural' | 'physical_outdoor';
  hours: number;
  startedOn: string | null;
  endedOn: string | null;
  description: string;
  verifiedBy: string | null;
}

const issuesOf = (error: z.ZodError, field?: string): ImportCellError[] =>
  error.issues.map((i) => ({ field: field ?? String(i.path[0] ?? ''), message: i.message }));

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

/** A date cell: '' stays null; anything else must be a date in a spreadsheet form. */
function dateCell(values: ImportValues, field: string, label: string, errors: ImportCellError[]) {
  const raw = values[field]?.trim() ?? '';
  if (raw === '') return null;
  const date = parseSpreadsheetDate(raw);
  if (!date)
    errors.push({
      field,
      message: /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(raw)
        ? `${label} "${raw}" is not a real date: check the day and the month`
        : `${label} "${raw}" is not a date: write it as dd/mm/yyyy`,
    });
  return date;
}

function learnerReference(values: ImportValues, errors: ImportCellError[]): LearnerReference {
  const ref: LearnerReference = { uln: null, upn: null, learnerId: null };
  const read = <K extends keyof LearnerReference>(key: K, schema: z.ZodType<string>) => {
    if (blank(values[key])) return;
    const parsed = schema.safeParse(values[key]);
    if (parsed.success) ref[key] = parsed.data;
    else errors.push(...issuesOf(parsed.error, key));
  };
  read('uln', ulnSchema as z.ZodType<string>);
  read('upn', upnSchema as z.ZodType<string>);
  read('learnerId', uuidSchema);
  if (errors.length === 0 && !ref.uln && !ref.upn && !ref.learnerId)
    errors.push({ field: 'uln', message: 'The learner’s ULN or UPN is missing' });
  return ref;
}

const done = <T>(value: T, errors: ImportCellError[]): RowCheck<T> =>
  errors.length > 0 ? { ok: false, errors } : { ok: true, value };

export function checkLearnerRow(values: ImportValues): RowCheck<LearnerInput> {
  const errors: ImportCellError[] = [];
  const dateOfBirth = dateCell(values, 'dateOfBirth', 'Date of birth', errors);
  const parsed = learnerInputSchema.safeParse({
    uln: values.uln ?? '',
    upn: values.upn ?? '',
    legalGivenName: values.legalGivenName ?? '',
    legalFamilyName: values.legalFamilyName ?? '',
    preferredName: values.preferredName ?? '',
    // A date already reported as unreadable stands in as a plausible one, so it is reported once.
    dateOfBirth: dateOfBirth ?? (blank(values.dateOfBirth) ? '' : '2008-01-01'),
    leavingYear: values.leavingYear ?? '',
  });
  if (!parsed.success) {
    for (const issue of issuesOf(parsed.error)) {
      if (errors.some((e) => e.field === issue.field)) continue;
      errors.push(
        blank(values[issue.field])
          ? { field: issue.field, message: `${REQUIRED[issue.field] ?? issue.field} is required` }
          : issue,
      );
    }
    return { ok: false, errors };
  }
  if (!parsed.data.uln && !parsed.data.upn)
    errors.push({
      field: 'uln',
      message: 'Each learner needs a ULN or UPN, so later imports can find them again',
    });
  return done(parsed.data, errors);
}

const REQUIRED: Record<string, string> = {
  legalGivenName: 'Legal forename',
  legalFamilyName: 'Legal surname',
  dateOfBirth: 'Date of birth',
  leavingYear: 'Leaving year',
};

const STATUS: Record<string, 'provisional' | 'confirmed'> = {
  '': 'confirmed',
  confirmed: 'confirmed',
  final: 'confirmed',
  actual: 'confirmed',
  c: 'confirmed',
  provisional: 'provisional',
  prov: 'provisional',
  p: 'provisional',
  predicted: 'provisional',
  estimated: 'provisional',
};

const resultFields = resultInputSchema.pick({ grade: true, status: true, awardedOn: true });

export function checkResultRow(values: ImportValues): RowCheck<ResultImportRow> {
  const errors: ImportCellError[] = [];
  const learner = learnerReference(values, errors);
  let qn: string | null = null;
  if (!blank(values.qn)) {
    const parsed = qualificationNumberSchema.safeParse(values.qn);
    if (parsed.success) qn = parsed.data;
    else errors.push(...issuesOf(parsed.error, 'qn'));
  }
  const qualificationTitle = blank(values.qualificationTitle)
    ? null
    : values.qualificationTitle!.trim();
  if (!qn && !qualificationTitle && !errors.some((e) => e.field === 'qn'))
    errors.push({ field: 'qn', message: 'The qualification number (QN) or title is missing' });
  const statusText = (values.status ?? '').trim().toLowerCase();
  const status = STATUS[statusText];
  if (!status)
    errors.push({
      field: 'status',
      message: `Status "${values.status}" should be provisional or confirmed`,
    });
  const awardedOn = dateCell(values, 'awardedOn', 'Date awarded', errors);
  const parsed = resultFields.safeParse({
    grade: values.grade ?? '',
    status: status ?? 'confirmed',
    awardedOn,
  });
  if (!parsed.success) errors.push(...issuesOf(parsed.error));
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return done({ learner, qn, qualificationTitle, ...parsed.data }, errors);
}

// The shared activity schema checks a learner id; the import resolves it later, so a stand-in.
const PENDING_LEARNER = '00000000-0000-4000-8000-000000000000';

function hoursCell(values: ImportValues, errors: ImportCellError[]): number | undefined {
  const raw = (values.hours ?? '').trim().replace(/\s*(hours?|hrs?|h)$/i, '');
  if (raw === '') {
    errors.push({ field: 'hours', message: 'Hours are required' });
    return undefined;
  }
  if (!/^\d+(\.\d+)?$/.test(raw)) {
    errors.push({
      field: 'hours',
      message: `Hours "${values.hours}" should be a number, like 12 or 2.5`,
    });
    return undefined;
  }
  return Number(raw);
}

export function checkActivityRow(values: ImportValues): RowCheck<ActivityImportRow> {
  const errors: ImportCellError[] = [];
  const learner = learnerReference(values, errors);
  const strand = parseStrand(values.strand ?? '');
  if (!strand)
    errors.push({
      field: 'strand',
      message: blank(values.strand)
        ? 'Strand is required'
        : `Strand "${values.strand}" should be Leadership & Service, Creative & Cultural or Physical & Outdoor`,
    });
  const hours = hoursCell(values, errors);
  const startedOn = dateCell(values, 'startedOn', 'Start date', errors);
  const endedOn = dateCell(values, 'endedOn', 'End date', errors);
  const parsed = activityInputSchema.safeParse({
    learnerId: PENDING_LEARNER,
    strand: strand ?? 'leadership_service',
    hours: hours ?? 1,
    startedOn,
    endedOn,
    description: values.description ?? '',
    verifiedBy: blank(values.verifiedBy) ? null : values.verifiedBy,
  });
  if (!parsed.success) errors.push(...issuesOf(parsed.error));
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const { learnerId: _pending, ...activity } = parsed.data;
  return done({ learner, ...activity }, errors);
}
