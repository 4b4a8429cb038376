import {
  type CentreFields,
  findCentreForAdmin,
  insertCentre,
  type TrustScope,
  updateCentreAtVersion,
} from '@bacc/db';
import type { CentreAdminInput, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { uniqueViolation } from '../db-errors.ts';

type Actor = Context & { user: SessionUser };

const toFields = (c: CentreAdminInput): CentreFields => ({
  urn: c.urn,
  name: c.name,
  kind: c.kind,
  town: c.town,
  address: c.address,
});

function explainDuplicate(error: unknown, urn: string): never {
  if (uniqueViolation(error)?.includes('urn'))
    throw conflict(`The trust already has a centre with URN ${urn}.`, { field: 'urn' });
  throw error;
}

export async function getCentre(ctx: Context, scope: TrustScope, centreId: string) {
  const centre = await findCentreForAdmin(ctx.db, scope, centreId);
  if (!centre) throw notFound('That centre');
  return centre;
}

export async function addCentre(ctx: Actor, scope: TrustScope, input: CentreAdminInput) {
  return ctx.db.transaction().execute(async (tx) => {
    const centre = await insertCentre(tx, scope, toFields(input)).catch((e) =>
      explainDuplicate(e, input.urn),
    );
    await audit(tx, ctx.user, {
      centreId: centre.id,
      action: 'centre.created',
      entity: 'centre',
      entityId: centre.id,
      after: centre,
    });
    return centre;
  });
}

export async function editCentre(
  ctx: Actor,
  scope: TrustScope,
  centreId: string,
  version: number,
  input: CentreAdminInput,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findCentreForAdmin(tx, scope, centreId);
    if (!before) throw notFound('That centre');
    if (before.version !== version)
      throw conflict(
        'Someone else saved this centre after you opened it. Review their changes, then edit again.',
        {
          current: before,
        },
      );
    const after = await updateCentreAtVersion(tx, scope, centreId, version, toFields(input)).catch(
      (e) => explainDuplicate(e, input.urn),
    );
    if (!after) throw conflict('Someone else saved this centre just now.', { current: before });
    await audit(tx, ctx.user, {
      centreId,
      action: 'centre.updated',
      entity: 'centre',
      entityId: centreId,
      before,
      after,
    });
    return after;
  });
}
