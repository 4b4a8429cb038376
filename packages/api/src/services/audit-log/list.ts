import {
  exportTrustAuditEvents,
  listTrustAuditEvents,
  listTrustAuditFacets,
  type TrustScope,
} from '@bacc/db';
import type { TrustAuditFilter } from '@bacc/schema';
import type { Context } from '../../context.ts';

/** The most rows one export carries; a wider export is asked to narrow its filters. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/** A page of the trust's own audit events matching the filters, newest first. */
export async function listTrustAuditLog(
  ctx: Context,
  scope: TrustScope,
  filter: TrustAuditFilter,
  page: { page: number; pageSize: number },
) {
  const { items, total } = await listTrustAuditEvents(ctx.db, scope, filter, page);
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/** Every matching event (up to the limit) for a CSV download, and whether the limit cut it. */
export async function exportTrustAuditLog(
  ctx: Context,
  scope: TrustScope,
  filter: TrustAuditFilter,
) {
  const rows = await exportTrustAuditEvents(ctx.db, scope, filter, AUDIT_EXPORT_LIMIT + 1);
  return {
    items: rows.slice(0, AUDIT_EXPORT_LIMIT),
    truncated: rows.length > AUDIT_EXPORT_LIMIT,
    limit: AUDIT_EXPORT_LIMIT,
  };
}

/** The people, actions and record types the filters offer, and the trust's centres. */
export function trustAuditFacets(ctx: Context, scope: TrustScope) {
  return listTrustAuditFacets(ctx.db, scope);
}
