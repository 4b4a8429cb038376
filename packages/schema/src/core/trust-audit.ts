import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { uuidSchema } from './text.ts';

const name = (what: string) =>
  z
    .string()
    .trim()
    .max(64, `${what} must be 64 characters or fewer`)
    .regex(/^[a-z_.]+$/, `Choose ${what.toLowerCase()} from the list`);

/** Filters for the trust's audit log: who, what, when (UTC days, inclusive), which centre. */
export const trustAuditFilterSchema = z
  .object({
    actorUserId: uuidSchema.optional(),
    action: name('Action').optional(),
    entity: name('Record type').optional(),
    centreId: uuidSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The “to” date must be on or after the “from” date',
    path: ['to'],
  });
export type TrustAuditFilter = z.infer<typeof trustAuditFilterSchema>;

export const trustAuditListInputSchema = z.object({
  filter: trustAuditFilterSchema,
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type TrustAuditListInput = z.infer<typeof trustAuditListInputSchema>;

export const trustAuditExportInputSchema = z.object({ filter: trustAuditFilterSchema });
