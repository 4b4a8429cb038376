import type { EvidenceFilter } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { GradeScaleIndex } from '../grade-scales.ts';

export type ItemTest = (item: EvidenceItem) => boolean;

function rankLimits(scales: GradeScaleIndex, byScale: Record<string, string>): Map<string, number> {
  const limits = new Map<string, number>();
  for (const [scale, grade] of Object.entries(byScale)) {
    const rank = scales.get(scale)?.get(grade)?.rank;
    if (rank !== undefined) limits.set(scale, rank);
  }
  return limits;
}

/** Turn a filter into one predicate; each field given becomes one hoisted check. */
export function compileFilter(
  filter: EvidenceFilter | undefined,
  scales: GradeScaleIndex,
): ItemTest {
  if (!filter) return () => true;
  const checks: ItemTest[] = [];
  // One closure per field (never a shared reader), so each call site stays monomorphic.
  // Most selective checks first (subject, strand, type), so most items fail on the first.
  const subjects = filter.subjects;
  if (subjects)
    checks.push(
      subjects.length === 1
        ? (i) => i.subject === subjects[0]
        : (i) => subjects.includes(i.subject),
    );
  const strands = filter.strands;
  if (strands)
    checks.push(
      strands.length === 1 ? (i) => i.strand === strands[0] : (i) => strands.includes(i.strand),
    );
  const types = filter.qualificationTypes;
  if (types)
    checks.push(types.length === 1 ? (i) => i.type === types[0] : (i) => types.includes(i.type));
  const kinds: readonly string[] | undefined = filter.projectKinds;
  if (kinds) checks.push((i) => kinds.includes(i.kind));
  const notSubjects = filter.exceptSubjects;
  if (notSubjects) checks.push((i) => !notSubjects.includes(i.subject));
  const notTypes = filter.exceptQualificationTypes;
  if (notTypes) checks.push((i) => !notTypes.includes(i.type));
  const grades = filter.grades;
  if (grades) checks.push((i) => grades.includes(i.grade));
  const { category, levelAtLeast, levelAtMost, sizeAtLeast, status, passed, verified } = filter;
  if (category !== undefined) checks.push((i) => i.category === category);
  if (levelAtLeast !== undefined) checks.push((i) => i.level >= levelAtLeast);
  if (levelAtMost !== undefined) checks.push((i) => i.level >= 0 && i.level <= levelAtMost);
  if (sizeAtLeast !== undefined) checks.push((i) => i.size >= sizeAtLeast);
  if (status !== undefined) checks.push((i) => i.status === status);
  if (passed !== undefined) checks.push((i) => i.passed === passed);
  if (verified !== undefined) checks.push((i) => i.verified === verified);
  if (filter.accredited !== undefined) {
    const accredited = filter.accredited;
    checks.push((i) => i.accredited === accredited);
  }
  if (filter.hoursAtLeast !== undefined) {
    const hours = filter.hoursAtLeast;
    checks.push((i) => i.hours >= hours);
  }
  if (filter.gradeAtLeast) {
    const limits = rankLimits(scales, filter.gradeAtLeast);
    const [only] = limits;
    if (limits.size === 1 && only) {
      const [scale, limit] = only;
      checks.push((i) => i.scale === scale && i.rank >= limit);
    } else
      checks.push((i) => {
        const limit = limits.get(i.scale);
        return limit !== undefined && i.rank >= limit;
      });
  }
  if (filter.gradeAtMost) {
    const limits = rankLimits(scales, filter.gradeAtMost);
    checks.push((i) => {
      const limit = limits.get(i.scale);
      return limit !== undefined && i.rank >= 0 && i.rank <= limit;
    });
  }
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [a, b] = checks as [ItemTest, ItemTest];
    return (i) => a(i) && b(i);
  }
  if (checks.length === 3) {
    const [a, b, c] = checks as [ItemTest, ItemTest, ItemTest];
    return (i) => a(i) && b(i) && c(i);
  }
  return (i) => {
    for (let c = 0; c < checks.length; c++) if (!checks[c]!(i)) return false;
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
