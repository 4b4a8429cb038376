import {
  type CentreScope,
  type Db,
  insertImportedLearners,
  listImportLearners,
  listLearnersElsewhereByIdentifier,
  updateImportedLearners,
} from '@bacc/db';
import type { LearnerInput } from '@bacc/schema';
import {
  type ImportLearner,
  indexLearners,
  learnerLabel,
  lockedMessage,
  type Report,
} from './resolve-learner.ts';
import { type ImportPlan, PREVIEW_ROWS, type PreviewRow, type WriteOutcome } from './types.ts';

const FIELDS = [
  'uln',
  'upn',
  'legalGivenName',
  'legalFamilyName',
  'preferredName',
  'dateOfBirth',
  'leavingYear',
] as const;
const sameLearner = (a: LearnerInput, b: ImportLearner) => FIELDS.every((f) => a[f] === b[f]);

/**
 * Plans a learners file. A row whose ULN or UPN is already one of this centre's learners
 * updates that learner; otherwise it adds one. A ULN or UPN held by a learner at another centre
 * of the trust, used twice in the file, or naming two different learners is an error.
 */
export async function planLearners(
  db: Db,
  scope: CentreScope,
  rows: ReadonlyArray<{ row: number; value: LearnerInput }>,
  report: Report,
): Promise<Omit<ImportPlan, 'errors'>> {
  const learners = await listImportLearners(db, scope);
  const index = indexLearners(learners);
  const ulns = [...new Set(rows.map((r) => r.value.uln).filter((v): v is string => !!v))];
  const upns = [...new Set(rows.map((r) => r.value.upn).filter((v): v is string => !!v))];
  const elsewhere = await listLearnersElsewhereByIdentifier(db, scope, ulns, upns);
  const ulnElsewhere = new Set(elsewhere.map((l) => l.uln));
  const upnElsewhere = new Set(elsewhere.map((l) => l.upn));

  const creates: Array<{ row: number; value: LearnerInput }> = [];
  const updates: Array<{ row: number; value: LearnerInput; before: ImportLearner }> = [];
  const preview: PreviewRow[] = [];
  const seenUln = new Map<string, number>();
  const seenUpn = new Map<string, number>();
  let unchanged = 0;
  for (const { row, value } of rows) {
    const { uln, upn } = value;
    const problems: Array<[string, string]> = [];
    if (uln && ulnElsewhere.has(uln))
      problems.push([
        'uln',
        `Another learner in this trust, at another centre, already has ULN ${uln}`,
      ]);
    if (upn && upnElsewhere.has(upn))
      problems.push([
        'upn',
        `Another learner in this trust, at another centre, already has UPN ${upn}`,
      ]);
    if (uln && seenUln.has(uln))
      problems.push(['uln', `ULN ${uln} is also on row ${seenUln.get(uln)}`]);
    if (upn && seenUpn.has(upn))
      problems.push(['upn', `UPN ${upn} is also on row ${seenUpn.get(upn)}`]);
    const byUln = uln ? index.byUln.get(uln) : undefined;
    const byUpn = upn ? index.byUpn.get(upn) : undefined;
    if (byUln && byUpn && byUln !== byUpn)
      problems.push([
        'upn',
        `ULN ${uln} is ${learnerLabel(byUln)} but UPN ${upn} is ${learnerLabel(byUpn)}`,
      ]);
    const match = byUln ?? byUpn;
    if (match?.lockedBy) problems.push([byUln ? 'uln' : 'upn', lockedMessage(match)]);
    if (uln) seenUln.set(uln, seenUln.get(uln) ?? row);
    if (upn) seenUpn.set(upn, seenUpn.get(upn) ?? row);
    if (problems.length > 0) {
      for (const [field, message] of problems) report(row, field, message);
      continue;
    }
    const action = !match ? 'create' : sameLearner(value, match) ? 'unchanged' : 'update';
    if (action === 'create') creates.push({ row, value });
    else if (action === 'update' && match) updates.push({ row, value, before: match });
    else unchanged++;
    if (preview.length < PREVIEW_ROWS)
      preview.push({
        row,
        action,
        learner: learnerLabel(value),
        detail: `Born ${value.dateOfBirth}, leaving ${value.leavingYear}`,
      });
  }

  return {
    counts: { create: creates.length, update: updates.length, unchanged },
    preview,
    async write(tx, actorUserId): Promise<WriteOutcome> {
      const ids = await insertImportedLearners(
        tx,
        scope,
        creates.map((c) => c.value),
        actorUserId,
      );
      await updateImportedLearners(
        tx,
        scope,
        updates.map((u) => ({ id: u.before.id, ...u.value })),
        actorUserId,
      );
      const beforeOf = ({ lockedBy: _lock, ...learner }: ImportLearner) => learner;
      return {
        learners: [
          ...creates.map((c, i) => ({ id: ids[i]!, leavingYear: c.value.leavingYear })),
          ...updates.map((u) => ({ id: u.before.id, leavingYear: u.value.leavingYear })),
        ],
        events: [
          ...creates.map((c, i) => ({
            action: 'learner.created',
            entity: 'learner',
            entityId: ids[i]!,
            after: { id: ids[i]!, ...c.value, version: 1 },
          })),
          ...updates.map((u) => ({
            action: 'learner.updated',
            entity: 'learner',
            entityId: u.before.id,
            before: beforeOf(u.before),
            after: { id: u.before.id, ...u.value, version: u.before.version + 1 },
          })),
        ],
      };
    },
  };
}
