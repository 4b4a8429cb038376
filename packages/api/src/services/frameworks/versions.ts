import { frameworkFixtures } from '@bacc/criteria-engine/fixtures';
import {
  deleteFrameworkDraftAtVersion,
  findFrameworkVersionWithDefinition,
  insertFrameworkDraft,
  listFrameworkVersions,
  nextFrameworkVersionNumber,
  retirePublishedFrameworkVersion,
  type TrustScope,
  updateFrameworkDraftAtVersion,
} from '@bacc/db';
import type { FrameworkDraftSource } from '@bacc/schema';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from './actor.ts';
import { blankFramework } from './blank-framework.ts';
import { checkFramework } from './check.ts';

export function listVersions(ctx: Actor, scope: TrustScope) {
  return listFrameworkVersions(ctx.db, scope);
}

/** One version with its definition and the engine's static validation of it. */
export async function getVersion(ctx: Actor, scope: TrustScope, versionId: string) {
  const row = await findFrameworkVersionWithDefinition(ctx.db, scope, versionId);
  if (!row) throw notFound('That framework version');
  return { ...row, validation: checkFramework(row.definition) };
}

/** The engine's reference frameworks a trust may start from. */
export function listFixtures() {
  return Object.values(frameworkFixtures).map((f) => ({
    id: f.id,
    name: f.name,
    version: f.version,
    description: f.description ?? f.notes?.[0] ?? null,
  }));
}

async function startingPoint(ctx: Actor, scope: TrustScope, source: FrameworkDraftSource) {
  if (source.kind === 'blank')
    return { name: source.name, definition: blankFramework(source.name) };
  if (source.kind === 'fixture') {
    const fixture = frameworkFixtures[source.fixtureId];
    if (!fixture) throw invalid(`There is no starting framework called “${source.fixtureId}”.`);
    return { name: fixture.name, definition: structuredClone(fixture) };
  }
  const base = await findFrameworkVersionWithDefinition(ctx.db, scope, source.versionId);
  if (!base) throw notFound('The framework version to copy');
  return { name: base.name, definition: base.definition, copiedFrom: base.id };
}

export async function createDraft(ctx: Actor, scope: TrustScope, source: FrameworkDraftSource) {
  const start = await startingPoint(ctx, scope, source);
  return ctx.db.transaction().execute(async (tx) => {
    const versionNumber = await nextFrameworkVersionNumber(tx, scope, start.name);
    const draft = await insertFrameworkDraft(tx, scope, {
      name: start.name,
      versionNumber,
      definition: start.definition,
      createdBy: ctx.user.id,
    });
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'framework.draft_created',
      entity: 'framework_version',
      entityId: draft.id,
      after: { ...draft, source },
    });
    return draft;
  });
}

const notDraft = (status: string) =>
  conflict(
    `This framework version is ${status}, so it can no longer be changed. Start a new draft from it instead.`,
    { status },
  );

/** Saves a draft's definition made at `version`; a stale save is refused with the current one. */
export async function saveDraft(
  ctx: Actor,
  scope: TrustScope,
  versionId: string,
  version: number,
  definition: unknown,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findFrameworkVersionWithDefinition(tx, scope, versionId);
    if (!before) throw notFound('That framework version');
    if (before.status !== 'draft') throw notDraft(before.status);
    if (before.version !== version)
      throw conflict(
        'Someone else saved this draft after you opened it. Review their changes, then edit again.',
        { current: before },
      );
    const after = await updateFrameworkDraftAtVersion(tx, scope, versionId, version, definition);
    if (!after)
      throw conflict('Someone else saved this draft just now. Reload it, then edit again.');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'framework.draft_saved',
      entity: 'framework_version',
      entityId: versionId,
      before: { version: before.version, definition: before.definition },
      after: { version: after.version, definition },
    });
    return { ...after, definition, validation: checkFramework(definition) };
  });
}

export async function retireVersion(ctx: Actor, scope: TrustScope, versionId: string) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findFrameworkVersionWithDefinition(tx, scope, versionId);
    if (!before) throw notFound('That framework version');
    if (before.status !== 'published')
      throw conflict(
        before.status === 'draft'
          ? 'Only a published version can be retired; a draft can be discarded instead.'
          : 'This version is already retired.',
      );
    const after = await retirePublishedFrameworkVersion(tx, scope, versionId);
    if (!after) throw conflict('This version changed just now. Reload it and try again.');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'framework.retired',
      entity: 'framework_version',
      entityId: versionId,
      before: { status: before.status },
      after: { status: after.status, retiredAt: after.retiredAt },
    });
    return after;
  });
}

export async function discardDraft(
  ctx: Actor,
  scope: TrustScope,
  versionId: string,
  version: number,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findFrameworkVersionWithDefinition(tx, scope, versionId);
    if (!before) throw notFound('That framework version');
    if (before.status !== 'draft') throw notDraft(before.status);
    const gone = await deleteFrameworkDraftAtVersion(tx, scope, versionId, version);
    if (!gone)
      throw conflict('Someone else saved this draft after you opened it. Reload it first.');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'framework.draft_discarded',
      entity: 'framework_version',
      entityId: versionId,
      before,
    });
    return { id: versionId };
  });
}
