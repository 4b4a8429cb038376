import type { EvidenceFilter } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { GradeScaleIndex } from '../grade-scales.ts';
import { internalized, internalizedAll } from './internalized.ts';

export type ItemTest = (item: EvidenceItem) => boolean;

function rankLimits(scales: GradeScaleIndex, byScale: Record<string, string>): Map<string, number> {
  const limits = new Map<string, number>();
  for (const [scale, grade] of Object.entries(byScale)) {
    const rank = scales.get(scale)?.get(grade)?.rank;
    if (rank !== undefined) limits.set(scale, rank);
  }
  return limits;
}

/** One value, or a list, or nothing to check. */
function oneOrMany(
  values: readonly string[] | undefined,
): [string | undefined, readonly string[] | undefined] {
  if (!values) return [undefined, undefined];
  return values.length === 1 ? [values[0], undefined] : [undefined, values];
}

/** A grade limit on one scale as two constants; on several scales, a map. */
function gradeLimit(scales: GradeScaleIndex, byScale: Record<string, string> | undefined) {
  if (!byScale) return { scale: undefined, rank: 0, limits: undefined };
  const limits = rankLimits(scales, byScale);
  const [only] = limits;
  return limits.size === 1 && only
    ? { scale: only[0], rank: only[1], limits: undefined }
    : { scale: undefined, rank: 0, limits };
}

/**
 * Turn a filter into one predicate. Every field becomes a constant hoisted here, and the
 * predicate is one function of plain `if`s (no closure per field), the most selective first.
 */
export function compileFilter(
  filter: EvidenceFilter | undefined,
  scales: GradeScaleIndex,
): ItemTest {
  if (!filter || Object.values(filter).every((v) => v === undefined)) return () => true;
  const [subject, subjects] = oneOrMany(internalizedAll(filter.subjects));
  const [strand, strandList] = oneOrMany(internalizedAll(filter.strands));
  const [type, types] = oneOrMany(internalizedAll(filter.qualificationTypes));
  const kinds: readonly string[] | undefined = internalizedAll(filter.projectKinds);
  const notSubjects = internalizedAll(filter.exceptSubjects);
  const notTypes = internalizedAll(filter.exceptQualificationTypes);
  const grades = internalizedAll(filter.grades);
  const category = filter.category === undefined ? undefined : internalized(filter.category);
  const status = filter.status === undefined ? undefined : internalized(filter.status);
  const { levelAtLeast, levelAtMost, sizeAtLeast, passed, verified, accredited, hoursAtLeast } =
    filter;
  const least = gradeLimit(scales, filter.gradeAtLeast);
  const most = gradeLimit(scales, filter.gradeAtMost);
  const hasLeast = filter.gradeAtLeast !== undefined;
  const hasMost = filter.gradeAtMost !== undefined;
  return (i) => {
    if (subject !== undefined && i.subject !== subject) return false;
    if (strand !== undefined && i.strand !== strand) return false;
    if (type !== undefined && i.type !== type) return false;
    if (subjects !== undefined && !subjects.includes(i.subject)) return false;
    if (strandList !== undefined && !strandList.includes(i.strand)) return false;
    if (types !== undefined && !types.includes(i.type)) return false;
    if (kinds !== undefined && !kinds.includes(i.kind)) return false;
    if (notSubjects?.includes(i.subject)) return false;
    if (notTypes?.includes(i.type)) return false;
    if (category !== undefined && i.category !== category) return false;
    if (verified !== undefined && i.verified !== verified) return false;
    if (passed !== undefined && i.passed !== passed) return false;
    if (status !== undefined && i.status !== status) return false;
    if (accredited !== undefined && i.accredited !== accredited) return false;
    if (levelAtLeast !== undefined && i.level < levelAtLeast) return false;
    if (levelAtMost !== undefined && (i.level < 0 || i.level > levelAtMost)) return false;
    if (sizeAtLeast !== undefined && i.size < sizeAtLeast) return false;
    if (hoursAtLeast !== undefined && i.hours < hoursAtLeast) return false;
    if (grades !== undefined && !grades.includes(i.grade)) return false;
    if (hasLeast) {
      if (least.limits === undefined) {
        if (i.scale !== least.scale || i.rank < least.rank) return false;
      } else {
        const limit = least.limits.get(i.scale);
        if (limit === undefined || i.rank < limit) return false;
      }
    }
    if (hasMost) {
      if (most.limits === undefined) {
        if (i.scale !== most.scale || i.rank < 0 || i.rank > most.rank) return false;
      } else {
        const limit = most.limits.get(i.scale);
        if (limit === undefined || i.rank < 0 || i.rank > limit) return false;
      }
    }
    return true;
  };
}

const sourceWords = { results: 'results', projects: 'projects', activities: 'activities' };

/** Plain words for a filter, used when a rule has no label of its own. */
export function describeFilter(
  from: keyof typeof sourceWords | 'items',
  filter?: EvidenceFilter,
): string {
  const noun = from === 'items' ? 'items' : sourceWords[from];
  if (!filter) return `all ${noun}`;
  const parts: string[] = [];
  const list = (xs: string[]) => xs.map((x) => x.replaceAll('_', ' ')).join(' or ');
  const perScale = (m: Record<string, string>) => Object.values(m).join(' / ');
  if (filter.qualificationTypes) parts.push(`of type ${list(filter.qualificationTypes)}`);
  if (filter.exceptQualificationTypes)
    parts.push(`not of type ${list(filter.exceptQualificationTypes)}`);
  if (filter.subjects) parts.push(`in ${list(filter.subjects)}`);
  if (filter.exceptSubjects) parts.push(`not in ${list(filter.exceptSubjects)}`);
  if (filter.category) parts.push(`${filter.category}`);
  if (filter.projectKinds) parts.push(`of kind ${list(filter.projectKinds)}`);
  if (filter.strands) parts.push(`in ${list(filter.strands)}`);
  if (filter.levelAtLeast !== undefined) parts.push(`at level ${filter.levelAtLeast} or above`);
  if (filter.levelAtMost !== undefined) parts.push(`at level ${filter.levelAtMost} or below`);
  if (filter.sizeAtLeast !== undefined) parts.push(`of size ${filter.sizeAtLeast}+ A levels`);
  if (filter.status) parts.push(filter.status);
  if (filter.passed !== undefined) parts.push(filter.passed ? 'passed' : 'not passed');
  if (filter.gradeAtLeast) parts.push(`at grade ${perScale(filter.gradeAtLeast)} or better`);
  if (filter.gradeAtMost) parts.push(`at grade ${perScale(filter.gradeAtMost)} or below`);
  if (filter.grades) parts.push(`graded ${filter.grades.join(' or ')}`);
  if (filter.verified !== undefined) parts.push(filter.verified ? 'verified' : 'unverified');
  if (filter.accredited !== undefined)
    parts.push(filter.accredited ? 'externally accredited' : 'not externally accredited');
  if (filter.hoursAtLeast !== undefined) parts.push(`of ${filter.hoursAtLeast}+ hours`);
  return `${noun} ${parts.join(', ')}`;
}
