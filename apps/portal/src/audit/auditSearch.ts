/** The activity log's filters, in the URL so every filtered view is a link. */
export interface AuditSearch {
  learner?: string;
  action?: string;
  page?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const result: AuditSearch = {};
  if (typeof search.learner === 'string' && UUID.test(search.learner))
    result.learner = search.learner;
  if (typeof search.action === 'string' && /^[a-z_.]{1,64}$/.test(search.action))
    result.action = search.action;
  const page = Number.parseInt(String(search.page ?? ''), 10);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

/** "learner.updated" -> "Learner updated" */
export function actionWords(action: string) {
  const words = action.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "legalFamilyName" -> "legal family name" */
export function fieldWords(field: string) {
  return field
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A stored value as a person would read it. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
