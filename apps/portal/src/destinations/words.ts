import type { DestinationCheckpoint, DestinationKind } from '@bacc/schema';

export const checkpointNames: Record<DestinationCheckpoint, string> = {
  at_leaving: 'At leaving',
  six_months: 'Six months on',
  one_year: 'One year on',
  two_years: 'Two years on',
};

export const kindNames: Record<DestinationKind, string> = {
  education: 'Education',
  apprenticeship: 'Apprenticeship',
  employment: 'Employment',
  neet: 'Not in education, employment or training (NEET)',
  unknown: 'Not known',
};

export const SUSTAINED_HINT =
  'The DfE counts a destination as sustained when the learner stayed in it for the first two terms after leaving (October to March).';

/** The destinations list's filters, in the URL so each view is a link. */
export interface DestinationsSearch {
  checkpoint?: DestinationCheckpoint;
  year?: number;
  page?: number;
}

const checkpoints = Object.keys(checkpointNames) as DestinationCheckpoint[];

export function parseDestinationsSearch(search: Record<string, unknown>): DestinationsSearch {
  const result: DestinationsSearch = {};
  if (checkpoints.includes(search.checkpoint as DestinationCheckpoint))
    result.checkpoint = search.checkpoint as DestinationCheckpoint;
  const year = Number.parseInt(String(search.year ?? ''), 10);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) result.year = year;
  const page = Number.parseInt(String(search.page ?? ''), 10);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

export function parseCheckpointSearch(search: Record<string, unknown>): {
  checkpoint?: DestinationCheckpoint;
} {
  return checkpoints.includes(search.checkpoint as DestinationCheckpoint)
    ? { checkpoint: search.checkpoint as DestinationCheckpoint }
    : {};
}
