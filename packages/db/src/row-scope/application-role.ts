import { type Kysely, sql } from 'kysely';

/** The role every request works as: no way round row-level security, no DDL, no audit edits. */
export const APPLICATION_ROLE = 'bacc_app';

export interface RoleStanding {
  /** The login the connection was opened with. */
  login: string;
  /** The role queries run as now (after any SET ROLE). */
  role: string;
  /** True when this role could read past the policies: superuser, BYPASSRLS or the owner. */
  canBypass: boolean;
  /** True when the role may act as bacc_app, so the tenant policies apply to it. */
  boundByPolicies: boolean;
}

/** How the connection stands towards row-level security, as PostgreSQL itself judges it. */
// biome-ignore lint/suspicious/noExplicitAny: asked before and after migrations alike
export async function roleStanding(db: Kysely<any>): Promise<RoleStanding> {
  // Owners bypass their tables' policies, and so does anyone holding the owner's privileges.
  const result = await sql<RoleStanding>`
    select session_user as login, current_user as role,
      (r.rolsuper or r.rolbypassrls or pg_has_role(current_user, c.relowner, 'USAGE')) as "canBypass",
      pg_has_role(current_user, ${APPLICATION_ROLE}, 'MEMBER') as "boundByPolicies"
    from pg_roles r, pg_class c
    where r.rolname = current_user and c.oid = 'public.learners'::regclass`.execute(db);
  const standing = result.rows[0];
  if (!standing) throw new Error('Could not read the database role this connection works as.');
  return standing;
}

/**
 * Makes the rest of this session work as bacc_app (the embedded database's one connection,
 * after migrations and the demo seed). PostgreSQL pools do it at connect time instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: see roleStanding
export async function workAsApplicationRole(db: Kysely<any>): Promise<RoleStanding> {
  await sql`set role ${sql.id(APPLICATION_ROLE)}`.execute(db);
  return roleStanding(db);
}
