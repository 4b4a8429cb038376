import { z } from 'zod';

export const roles = ['trust_admin', 'centre_admin', 'centre_staff'] as const;
export const roleSchema = z.enum(roles, {
  error: 'Role must be trust_admin, centre_admin or centre_staff',
});
export type Role = z.infer<typeof roleSchema>;

export const isCentreRole = (role: Role) => role === 'centre_admin' || role === 'centre_staff';
