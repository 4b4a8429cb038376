import { z } from 'zod';
import { uuidSchema } from './text.ts';

export const auditLogInputSchema = z.object({
  learnerId: uuidSchema.optional(),
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z_.]+$/, 'Not an action name')
    .optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type AuditLogInput = z.infer<typeof auditLogInputSchema>;
