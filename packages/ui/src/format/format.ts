const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2008-03-14" -> "14 March 2008". Calendar dates are formatted from their parts, never
 * through a Date, so no time zone can move them by a day. Unparseable input is returned as is.
 */
export function formatCalendarDate(value: string | Date): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = months[Number(month) - 1];
  if (!name) return iso;
  return `${Number(day)} ${name} ${year}`;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** 1234 -> "1,234" */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** A count with its noun: "1 learner", "1,204 learners". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

export interface NamedLearner {
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
}

/**
 * The name to address a learner by (preferred given name if any) and, when it differs,
 * the legal name to show beside it.
 */
export function learnerNames(learner: NamedLearner): { display: string; legal: string | null } {
  const legal = `${learner.legalGivenName} ${learner.legalFamilyName}`;
  const preferred = learner.preferredName?.trim();
  if (!preferred || preferred === learner.legalGivenName) return { display: legal, legal: null };
  // A preferred name may be a full name or only a given name.
  const display = preferred.includes(' ') ? preferred : `${preferred} ${learner.legalFamilyName}`;
  return display === legal ? { display, legal: null } : { display, legal };
}
