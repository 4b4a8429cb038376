import { type CentreScope, type Db, findLearner, isLearnerLocked } from '@bacc/db';
import type { EvidenceRef, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { recomputeDecisions } from '../records/decisions.ts';

type Actor = Context & { user: SessionUser };
interface Versioned {
  id: string;
  learnerId: string;
  version: number;
}

/** How one kind of evidence (results, projects, activities) is read and written. */
export interface EvidenceStore<Row extends Versioned, Fields> {
  entity: 'result' | 'project' | 'activity';
  /** "That result", for not-found messages. */
  what: string;
  find(db: Db, scope: CentreScope, id: string): Promise<Row | undefined>;
  create(db: Db, scope: CentreScope, learnerId: string, fields: Fields): Promise<Row>;
  update(
    db: Db,
    scope: CentreScope,
    id: string,
    version: number,
    fields: Fields,
  ): Promise<Row | undefined>;
  remove(
    db: Db,
    scope: CentreScope,
    id: string,
    version: number,
  ): Promise<{ numDeletedRows: bigint }>;
}

/** The learner whose record is about to change: it must be this centre's, and not submitted. */
async function openForEdit(db: Db, scope: CentreScope, learnerId: string) {
  const learner = await findLearner(db, scope, learnerId);
  if (!learner) throw notFound('That learner');
  if (await isLearnerLocked(db, scope, learnerId)) {
    throw conflict(
      'This learner has been submitted for award; the record is locked until the trust returns it.',
    );
  }
  return learner;
}

const stale = (what: string) =>
  `Someone else changed this ${what} after you opened it. Review their changes, then edit again.`;

export function addEvidence<Row extends Versioned, Fields>(
  ctx: Actor,
  scope: CentreScope,
  store: EvidenceStore<Row, Fields>,
  learnerId: string,
  checkedFields: (db: Db) => Promise<Fields>,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const learner = await openForEdit(tx, scope, learnerId);
    const after = await store.create(tx, scope, learnerId, await checkedFields(tx));
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: `${store.entity}.created`,
      entity: store.entity,
      entityId: after.id,
      after,
    });
    await recomputeDecisions(tx, scope, [learner]);
    return after;
  });
}

/** Saves an edit made at `ref.version`; a stale edit is refused with the current values. */
export function editEvidence<Row extends Versioned, Fields>(
  ctx: Actor,
  scope: CentreScope,
  store: EvidenceStore<Row, Fields>,
  ref: EvidenceRef,
  learnerId: string,
  checkedFields: (db: Db) => Promise<Fields>,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await store.find(tx, scope, ref.id);
    if (!before) throw notFound(store.what);
    if (before.learnerId !== learnerId)
      throw invalid(`${store.what} belongs to another learner and cannot be moved.`);
    const learner = await openForEdit(tx, scope, before.learnerId);
    if (before.version !== ref.version) throw conflict(stale(store.entity), { current: before });
    const after = await store.update(tx, scope, ref.id, ref.version, await checkedFields(tx));
    if (!after)
      throw conflict(stale(store.entity), { current: await store.find(tx, scope, ref.id) });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: `${store.entity}.updated`,
      entity: store.entity,
      entityId: ref.id,
      before,
      after,
    });
    await recomputeDecisions(tx, scope, [learner]);
    return after;
  });
}

export function removeEvidence<Row extends Versioned, Fields>(
  ctx: Actor,
  scope: CentreScope,
  store: EvidenceStore<Row, Fields>,
  ref: EvidenceRef,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await store.find(tx, scope, ref.id);
    if (!before) throw notFound(store.what);
    const learner = await openForEdit(tx, scope, before.learnerId);
    const result = await store.remove(tx, scope, ref.id, ref.version);
    if (result.numDeletedRows === 0n) throw conflict(stale(store.entity), { current: before });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: `${store.entity}.deleted`,
      entity: store.entity,
      entityId: ref.id,
      before,
    });
    await recomputeDecisions(tx, scope, [learner]);
    return { ok: true as const, learnerId: before.learnerId };
  });
}
