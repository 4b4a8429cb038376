import type { EvidenceFilter } from '@bacc/schema';
import type { GradeScaleIndex } from '../grade-scales.ts';
import type { Source } from './source.ts';

/** `v.field` is one of the values (a chain of ===, the list itself being a constant). */
function oneOf(src: Source, v: string, field: string, values: readonly string[]): string {
  if (values.length === 0) return 'false';
  return `(${values.map((x) => `${v}.${field} === ${src.constant(x)}`).join(' || ')})`;
}

/** The rank limit per scale, for the scales and grades the framework knows. */
function rankLimits(scales: GradeScaleIndex, byScale: Record<string, string>): [string, number][] {
  const limits: [string, number][] = [];
  for (const [scale, grade] of Object.entries(byScale)) {
    const rank = scales.get(scale)?.get(grade)?.rank;
    if (rank !== undefined && !limits.some(([s]) => s === scale)) limits.push([scale, rank]);
  }
  return limits;
}

function gradeTest(
  src: Source,
  v: string,
  scales: GradeScaleIndex,
  byScale: Record<string, string>,
  most: boolean,
): string {
  const limits = rankLimits(scales, byScale);
  if (limits.length === 0) return 'false';
  const within = (rank: number) =>
    most ? `!(${v}.rank < 0 || ${v}.rank > ${rank})` : `!(${v}.rank < ${rank})`;
  return `(${limits.map(([scale, rank]) => `(${v}.scale === ${src.constant(scale)} && ${within(rank)})`).join(' || ')})`;
}

/**
 * A filter as one boolean expression over the item `v`, with the same meaning as
 * compileFilter's predicate (compile/filter.ts): every field given must hold. Limits are
 * written as `!(x < limit)`, the predicate's own test, so they agree even on NaN.
 */
export function filterExpression(
  src: Source,
  v: string,
  filter: EvidenceFilter | undefined,
  scales: GradeScaleIndex,
): string {
  if (!filter) return 'true';
  const parts: string[] = [];
  const f = filter;
  if (f.subjects !== undefined) parts.push(oneOf(src, v, 'subject', f.subjects));
  if (f.strands !== undefined) parts.push(oneOf(src, v, 'strand', f.strands));
  if (f.qualificationTypes !== undefined) parts.push(oneOf(src, v, 'type', f.qualificationTypes));
  if (f.projectKinds !== undefined) parts.push(oneOf(src, v, 'kind', f.projectKinds));
  if (f.exceptSubjects !== undefined && f.exceptSubjects.length > 0)
    parts.push(`!${oneOf(src, v, 'subject', f.exceptSubjects)}`);
  if (f.exceptQualificationTypes !== undefined && f.exceptQualificationTypes.length > 0)
    parts.push(`!${oneOf(src, v, 'type', f.exceptQualificationTypes)}`);
  if (f.category !== undefined) parts.push(`${v}.category === ${src.constant(f.category)}`);
  if (f.verified !== undefined) parts.push(`${v}.verified === ${f.verified ? 'true' : 'false'}`);
  if (f.passed !== undefined) parts.push(`${v}.passed === ${f.passed ? 'true' : 'false'}`);
  if (f.status !== undefined) parts.push(`${v}.status === ${src.constant(f.status)}`);
  if (f.accredited !== undefined)
    parts.push(`${v}.accredited === ${f.accredited ? 'true' : 'false'}`);
  if (f.levelAtLeast !== undefined) parts.push(`!(${v}.level < ${src.number(f.levelAtLeast)})`);
  if (f.levelAtMost !== undefined)
    parts.push(`!(${v}.level < 0 || ${v}.level > ${src.number(f.levelAtMost)})`);
  if (f.sizeAtLeast !== undefined) parts.push(`!(${v}.size < ${src.number(f.sizeAtLeast)})`);
  if (f.hoursAtLeast !== undefined) parts.push(`!(${v}.hours < ${src.number(f.hoursAtLeast)})`);
  if (f.grades !== undefined) parts.push(oneOf(src, v, 'grade', f.grades));
  if (f.gradeAtLeast !== undefined) parts.push(gradeTest(src, v, scales, f.gradeAtLeast, false));
  if (f.gradeAtMost !== undefined) parts.push(gradeTest(src, v, scales, f.gradeAtMost, true));
  return parts.length === 0 ? 'true' : parts.join(' && ');
}
