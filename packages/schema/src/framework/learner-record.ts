import { z } from 'zod';
import { evidenceProjectKinds } from './evidence-filter.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const recordQualificationSchema = z.object({
  id: z.string().min(1),
  /** Ofqual qualification number, e.g. "603/2476/0". */
  qn: z.string().optional(),
  title: z.string(),
  /** e.g. "a_level", "gcse", "btec_national_diploma", "t_level", "ib_hl", "scc_component". */
  type: z.string().min(1),
  /** e.g. "english", "maths"; English and maths are results with these subjects. */
  subject: z.string().optional(),
  level: z.number().int().min(0).max(8),
  glh: z.number().min(0).optional(),
  tqt: z.number().min(0).optional(),
  /** Size in A levels (A level = 1). */
  sizeALevels: z.number().min(0).optional(),
  category: z.enum(['general', 'technical']),
  discountCode: z.string().optional(),
  /** Key of a grade scale defined in the framework. */
  gradeScale: z.string().min(1),
});

export const evidenceResultSchema = z.object({
  id: z.string().min(1),
  qualification: recordQualificationSchema,
  grade: z.string(),
  status: z.enum(['provisional', 'confirmed']),
});

export const evidenceProjectSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  kind: z.enum(evidenceProjectKinds),
  level: z.number().int().min(0).max(8).optional(),
  grade: z.string().optional(),
  gradeScale: z.string().optional(),
  hours: z.number().min(0).optional(),
});

export const evidenceActivitySchema = z.object({
  id: z.string().min(1),
  /** e.g. "leadership_service", "creative_cultural", "physical_outdoor". */
  strand: z.string().min(1),
  hours: z.number().min(0),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  verified: z.boolean(),
  /**
   * Added for ModBac Honours: the external body that accredited the activity (e.g. "Duke of
   * Edinburgh"), absent when it was not externally accredited.
   */
  accreditation: z.string().optional(),
});

const uniqueIds = (items: { id: string }[]) =>
  new Set(items.map((i) => i.id)).size === items.length;

/** One learner's evidence, as the server assembles it for the criteria engine. */
export const learnerRecordSchema = z.object({
  learnerId: z.string().min(1),
  results: z.array(evidenceResultSchema).refine(uniqueIds, 'result ids must be unique'),
  projects: z.array(evidenceProjectSchema).refine(uniqueIds, 'project ids must be unique'),
  activities: z.array(evidenceActivitySchema).refine(uniqueIds, 'activity ids must be unique'),
  /**
   * Added for the IB Diploma: named facts an awarding body records about the learner, such
   * as "academic_misconduct" (failing condition j).
   */
  flags: z.array(z.string()).optional(),
});

export type RecordQualification = z.infer<typeof recordQualificationSchema>;
export type EvidenceResult = z.infer<typeof evidenceResultSchema>;
export type EvidenceProject = z.infer<typeof evidenceProjectSchema>;
export type EvidenceActivity = z.infer<typeof evidenceActivitySchema>;
export type LearnerRecord = z.infer<typeof learnerRecordSchema>;
