import { diffFrameworks, hashFramework } from '@bacc/criteria-engine';
import {
  findFrameworkVersionWithDefinition,
  publishFrameworkDraftAtVersion,
  type TrustScope,
} from '@bacc/db';
import type { FrameworkDefinition } from '@bacc/schema';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from './actor.ts';
import { checkFramework } from './check.ts';

/**
 * Publishes a draft: validated again, hashed, then frozen for good (the database refuses any
 * later change). Cohorts can then be pinned to it.
 */
export async function publishDraft(
  ctx: Actor,
  scope: TrustScope,
  versionId: string,
  version: number,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findFrameworkVersionWithDefinition(tx, scope, versionId);
    if (!before) throw notFound('That framework version');
    if (before.status !== 'draft')
      throw conflict(`This framework version is already ${before.status}.`, {
        status: before.status,
      });
    if (before.version !== version)
      throw conflict(
        'Someone else saved this draft after you opened it. Review their changes before publishing.',
        { current: before },
      );
    const validation = checkFramework(before.definition);
    if (!validation.ok)
      throw invalid(
        `This draft has ${validation.issues.length === 1 ? 'a problem' : `${validation.issues.length} problems`} to fix before it can be published.`,
        { issues: validation.issues },
      );
    const hash = hashFramework(before.definition as FrameworkDefinition);
    const after = await publishFrameworkDraftAtVersion(tx, scope, versionId, version, hash);
    if (!after) throw conflict('This draft changed just now. Reload it, then publish.');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'framework.published',
      entity: 'framework_version',
      entityId: versionId,
      before: { status: before.status },
      after: { status: after.status, definitionHash: hash, publishedAt: after.publishedAt },
    });
    return after;
  });
}

/** What changed from one version to another, in words. */
export async function diffVersions(ctx: Actor, scope: TrustScope, fromId: string, toId: string) {
  const [from, to] = await Promise.all([
    findFrameworkVersionWithDefinition(ctx.db, scope, fromId),
    findFrameworkVersionWithDefinition(ctx.db, scope, toId),
  ]);
  if (!from || !to) throw notFound('One of those framework versions');
  const strip = ({ definition: _, ...rest }: typeof from) => rest;
  try {
    const changes = diffFrameworks(
      from.definition as FrameworkDefinition,
      to.definition as FrameworkDefinition,
    ).map((c) => ({ change: c.change, path: c.path, text: c.text }));
    return { from: strip(from), to: strip(to), changes };
  } catch {
    throw invalid('These versions could not be compared: fix the draft’s JSON first.');
  }
}
