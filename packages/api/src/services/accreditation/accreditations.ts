import {
  type CentreScope,
  findAccreditation,
  findAccreditationForUpdate,
  findCentreForAdmin,
  insertAccreditation,
  listAccreditationEvents,
  listCentreAccreditations,
  recordAccreditationEvent,
  type TrustScope,
  updateAccreditationAtVersion,
} from '@bacc/db';
import type { AccreditationAction, CentreProgramme, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { ConformanceReport } from './conformance.ts';
import { londonDate } from './guard.ts';
import { assessProgramme, programmeBases } from './programme.ts';
import {
  type AccreditationState,
  isCurrentlyAccredited,
  nextAccreditationState,
} from './state-machine.ts';

type Actor = Context & { user: SessionUser };

/** What a centre admin sees: the accreditation, its history and the versions to build on. */
export async function getCentreAccreditation(ctx: Context, scope: CentreScope) {
  const [accreditation, history, bases] = await Promise.all([
    findAccreditation(ctx.db, scope),
    listAccreditationEvents(ctx.db, scope),
    programmeBases(ctx.db, scope),
  ]);
  const today = londonDate(ctx.now());
  return {
    accreditation: accreditation ?? null,
    current: isCurrentlyAccredited(accreditation, today),
    history,
    bases,
  };
}

export function previewProgramme(ctx: Context, scope: CentreScope, programme: CentreProgramme) {
  return assessProgramme(ctx.db, scope, programme);
}

/** A centre admin applies with its programme; the conformance report goes with it. */
export async function applyForAccreditation(
  ctx: Actor,
  scope: CentreScope,
  programme: CentreProgramme,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    const before = await findAccreditationForUpdate(tx, scope);
    const expired = before?.accreditedUntil ? before.accreditedUntil < londonDate(now) : false;
    const step = nextAccreditationState(before?.status ?? 'none', 'apply', expired);
    if (!step.ok) throw conflict(step.reason);
    const { base, report } = await assessProgramme(tx, scope, programme);
    const stored = { ...programme, base };
    let id: string;
    if (!before) {
      const row = await insertAccreditation(tx, scope, {
        status: 'applied',
        frameworkVersionId: programme.frameworkVersionId,
        programme: stored,
        conformance: report,
        appliedBy: ctx.user.id,
        appliedAt: now,
      });
      id = row.id;
    } else {
      const row = await updateAccreditationAtVersion(tx, scope, before.version, {
        status: 'applied',
        framework_version_id: programme.frameworkVersionId,
        programme: JSON.stringify(stored),
        conformance: JSON.stringify(report),
        applied_by: ctx.user.id,
        applied_at: now,
      });
      if (!row) throw conflict('The accreditation changed while you were applying. Try again.');
      id = row.id;
    }
    await recordAccreditationEvent(tx, scope, {
      accreditationId: id,
      action: 'apply',
      fromStatus: before?.status ?? null,
      toStatus: 'applied',
      accreditedUntil: before?.accreditedUntil ?? null,
      note: report.conforms
        ? 'Programme conforms to the national framework.'
        : report.problems.join(' '),
      actorUserId: ctx.user.id,
    });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'accreditation.applied',
      entity: 'accreditation',
      entityId: id,
      before: before ?? undefined,
      after: { status: 'applied', programme: stored, conforms: report.conforms },
    });
    return { id, status: 'applied' as const, report };
  });
}

export async function listAccreditationsForReview(ctx: Context, scope: TrustScope) {
  const rows = await listCentreAccreditations(ctx.db, scope);
  const today = londonDate(ctx.now());
  return rows.map((r) => ({
    centreId: r.centreId,
    centreName: r.centreName,
    urn: r.urn,
    status: (r.status ?? 'none') as AccreditationState,
    appliedAt: r.appliedAt,
    accreditedUntil: r.accreditedUntil,
    current: isCurrentlyAccredited(
      r.status ? { status: r.status, accreditedUntil: r.accreditedUntil } : undefined,
      today,
    ),
    conforms: (r.conformance as ConformanceReport | null)?.conforms ?? null,
  }));
}

export async function getAccreditationForReview(ctx: Context, scope: TrustScope, centreId: string) {
  const centre = await findCentreForAdmin(ctx.db, scope, centreId);
  if (!centre) throw notFound('That centre');
  const centreScope = { ...scope, centreId };
  const [accreditation, history] = await Promise.all([
    findAccreditation(ctx.db, centreScope),
    listAccreditationEvents(ctx.db, centreScope),
  ]);
  return { centre, accreditation: accreditation ?? null, history };
}

/** The trust accredits, renews, suspends, reinstates, withdraws or turns down. */
export async function decideAccreditation(
  ctx: Actor,
  scope: TrustScope,
  input: {
    centreId: string;
    version: number;
    action: AccreditationAction;
    until?: string | undefined;
    note?: string | undefined;
  },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const centreScope = { ...scope, centreId: input.centreId };
    if (!(await findCentreForAdmin(tx, scope, input.centreId))) throw notFound('That centre');
    const before = await findAccreditationForUpdate(tx, centreScope);
    if (!before) throw conflict('This centre has not applied for accreditation yet.');
    if (before.version !== input.version)
      throw conflict(
        'Someone else changed this accreditation after you opened it. Review it again.',
        { current: before },
      );
    const step = nextAccreditationState(before.status, input.action);
    if (!step.ok) throw conflict(step.reason);
    const today = londonDate(ctx.now());
    let until = before.accreditedUntil;
    if (input.action === 'accredit' || input.action === 'renew') {
      if (!input.until)
        throw invalid('Give the date the accreditation runs until.', { field: 'until' });
      if (input.until <= today)
        throw invalid('The accreditation must run until a date after today.', { field: 'until' });
      if (
        input.action === 'renew' &&
        before.accreditedUntil &&
        input.until <= before.accreditedUntil
      )
        throw invalid(`A renewal must run past the current end date, ${before.accreditedUntil}.`, {
          field: 'until',
        });
      until = input.until;
    }
    if (input.action === 'accredit') {
      const report = before.conformance as ConformanceReport | null;
      if (!report?.conforms)
        throw conflict(
          `The programme does not conform to the national framework, so it cannot be accredited: ${report?.problems.join(' ') ?? 'no conformance report'}`,
        );
    }
    if (input.action === 'reinstate' && until !== null && until < today)
      throw conflict(
        `The accreditation ended on ${until}; renew it with a new date instead of reinstating.`,
      );
    if (
      (input.action === 'suspend' || input.action === 'withdraw' || input.action === 'reject') &&
      !input.note
    )
      throw invalid('Say why, so the centre knows what to put right.', { field: 'note' });
    const after = await updateAccreditationAtVersion(tx, centreScope, before.version, {
      status: step.to,
      accredited_until: until,
      accredited_from: input.action === 'accredit' ? today : before.accreditedFrom,
    });
    if (!after) throw conflict('Someone else changed this accreditation just now.');
    await recordAccreditationEvent(tx, centreScope, {
      accreditationId: before.id,
      action: input.action,
      fromStatus: before.status,
      toStatus: step.to,
      accreditedUntil: until,
      note: input.note ?? null,
      actorUserId: ctx.user.id,
    });
    await audit(tx, ctx.user, {
      centreId: input.centreId,
      action: `accreditation.${input.action}`,
      entity: 'accreditation',
      entityId: before.id,
      before: { status: before.status, accreditedUntil: before.accreditedUntil },
      after: { status: step.to, accreditedUntil: until, note: input.note ?? null },
    });
    return after;
  });
}
