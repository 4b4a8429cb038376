import type { listImportLearners } from '@bacc/db';
import type { LearnerReference } from '@bacc/schema';

export type ImportLearner = Awaited<ReturnType<typeof listImportLearners>>[number];
export type Report = (row: number, field: string, message: string) => void;

export interface LearnerIndex {
  byId: Map<string, ImportLearner>;
  byUln: Map<string, ImportLearner>;
  byUpn: Map<string, ImportLearner>;
}

export function indexLearners(learners: readonly ImportLearner[]): LearnerIndex {
  const index: LearnerIndex = { byId: new Map(), byUln: new Map(), byUpn: new Map() };
  for (const l of learners) {
    index.byId.set(l.id, l);
    if (l.uln) index.byUln.set(l.uln, l);
    if (l.upn) index.byUpn.set(l.upn, l);
  }
  return index;
}

export const learnerLabel = (l: Pick<ImportLearner, 'legalGivenName' | 'legalFamilyName'>) =>
  `${l.legalGivenName} ${l.legalFamilyName}`;

export const lockedMessage = (l: ImportLearner) =>
  `${learnerLabel(l)} has been submitted for award; their record is locked until the trust returns it`;

/**
 * Finds the centre's learner a row names by ULN, UPN or Bacc id. Only this centre's learners
 * are in the index, so a learner of another centre is simply not found.
 */
export function resolveLearner(
  index: LearnerIndex,
  ref: LearnerReference,
  row: number,
  report: Report,
): ImportLearner | null {
  const found: Array<[string, ImportLearner | undefined, string]> = [];
  if (ref.uln) found.push(['uln', index.byUln.get(ref.uln), `ULN ${ref.uln}`]);
  if (ref.upn) found.push(['upn', index.byUpn.get(ref.upn), `UPN ${ref.upn}`]);
  if (ref.learnerId)
    found.push(['learnerId', index.byId.get(ref.learnerId), `Bacc learner id ${ref.learnerId}`]);
  for (const [field, learner, what] of found)
    if (!learner) {
      report(row, field, `No learner at this centre has ${what}: import or add the learner first`);
      return null;
    }
  const learners = new Set(found.map(([, l]) => l!));
  if (learners.size > 1) {
    report(
      row,
      found[1]![0],
      `${found.map(([, , w]) => w).join(' and ')} belong to different learners`,
    );
    return null;
  }
  const learner = found[0]![1]!;
  if (learner.lockedBy) {
    report(row, found[0]![0], lockedMessage(learner));
    return null;
  }
  return learner;
}
