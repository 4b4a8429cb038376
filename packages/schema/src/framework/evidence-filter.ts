import { z } from 'zod';

export const evidenceSources = ['results', 'projects', 'activities'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];

export const evidenceProjectKinds = ['epq', 'accredited', 'centre_devised'] as const;

/**
 * Conditions on one evidence item; every field given must hold. Grade fields are keyed by
 * grade scale, so "C or better" means C on the A-level scale, never a C on another scale.
 */
export const evidenceFilterSchema = z.strictObject({
  qualificationTypes: z.array(z.string()).min(1).optional(),
  exceptQualificationTypes: z.array(z.string()).min(1).optional(),
  subjects: z.array(z.string()).min(1).optional(),
  exceptSubjects: z.array(z.string()).min(1).optional(),
  category: z.enum(['general', 'technical']).optional(),
  levelAtLeast: z.number().int().min(0).max(8).optional(),
  levelAtMost: z.number().int().min(0).max(8).optional(),
  sizeAtLeast: z.number().min(0).optional(),
  status: z.enum(['provisional', 'confirmed']).optional(),
  passed: z.boolean().optional(),
  gradeAtLeast: z.record(z.string(), z.string()).optional(),
  gradeAtMost: z.record(z.string(), z.string()).optional(),
  grades: z.array(z.string()).min(1).optional(),
  projectKinds: z.array(z.enum(evidenceProjectKinds)).min(1).optional(),
  strands: z.array(z.string()).min(1).optional(),
  verified: z.boolean().optional(),
  accredited: z.boolean().optional(),
  hoursAtLeast: z.number().min(0).optional(),
});

export type EvidenceFilter = z.infer<typeof evidenceFilterSchema>;
export type EvidenceFilterField = keyof EvidenceFilter;

/** Which evidence sources each filter field can describe; used to catch type errors. */
export const evidenceFilterFieldSources: Record<EvidenceFilterField, readonly EvidenceSource[]> = {
  qualificationTypes: ['results'],
  exceptQualificationTypes: ['results'],
  subjects: ['results'],
  exceptSubjects: ['results'],
  category: ['results'],
  levelAtLeast: ['results', 'projects'],
  levelAtMost: ['results', 'projects'],
  sizeAtLeast: ['results'],
  status: ['results'],
  passed: ['results', 'projects'],
  gradeAtLeast: ['results', 'projects'],
  gradeAtMost: ['results', 'projects'],
  grades: ['results', 'projects'],
  projectKinds: ['projects'],
  strands: ['activities'],
  verified: ['activities'],
  accredited: ['projects', 'activities'],
  hoursAtLeast: ['projects', 'activities'],
};
