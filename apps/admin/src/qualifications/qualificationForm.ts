import type { QualificationDetail } from './types.ts';

/** The form's text values; everything is a string until it is checked. */
export interface QualificationDraft {
  qn: string;
  title: string;
  type: string;
  subject: string;
  level: string;
  glh: string;
  tqt: string;
  sizeALevels: string;
  category: 'general' | 'technical';
  discountCode: string;
  gradeScale: string;
}

export const emptyDraft: QualificationDraft = {
  qn: '',
  title: '',
  type: '',
  subject: '',
  level: '3',
  glh: '',
  tqt: '',
  sizeALevels: '',
  category: 'general',
  discountCode: '',
  gradeScale: '',
};

const text = (v: string | number | null) => (v === null ? '' : String(v));

export function draftFrom(q: QualificationDetail): QualificationDraft {
  return {
    qn: text(q.qn),
    title: q.title,
    type: q.type,
    subject: text(q.subject),
    level: String(q.level),
    glh: text(q.glh),
    tqt: text(q.tqt),
    sizeALevels: text(q.sizeALevels),
    category: q.category,
    discountCode: text(q.discountCode),
    gradeScale: q.gradeScale,
  };
}

export type DraftErrors = Partial<Record<keyof QualificationDraft, string>>;

const key = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Checks the draft in the browser; the server checks again with the same rules. */
export function readDraft(d: QualificationDraft) {
  const errors: DraftErrors = {};
  const num = (field: keyof QualificationDraft, label: string, max: number, integer = true) => {
    const raw = d[field].trim();
    if (raw === '') return null;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
      errors[field] = `${label} must be a ${integer ? 'whole ' : ''}number from 0 to ${max}`;
      return null;
    }
    return n;
  };
  const qn = d.qn.trim().toUpperCase();
  if (qn && !/^\d{3}\/\d{4}\/[0-9X]$/.test(qn)) errors.qn = 'QN must look like 603/2476/0';
  if (!d.title.trim()) errors.title = 'Enter the title';
  if (!key(d.type)) errors.type = 'Enter the type, e.g. a_level';
  if (!d.gradeScale) errors.gradeScale = 'Choose a grade scale';
  const level = num('level', 'Level', 8);
  if (d.level.trim() === '') errors.level = 'Enter the level, 0 (entry) to 8';
  const value = {
    qn: qn || null,
    title: d.title.trim(),
    type: key(d.type),
    subject: key(d.subject) || null,
    level: level ?? 0,
    glh: num('glh', 'Guided learning hours', 5000),
    tqt: num('tqt', 'Total qualification time', 10000),
    sizeALevels: num('sizeALevels', 'Size in A levels', 10, false),
    category: d.category,
    discountCode: d.discountCode.trim() || null,
    gradeScale: d.gradeScale,
  };
  return { value, errors };
}
