export { computeImpact } from './impact.ts';
export { getImpactPreview, settledImpactPreview, startImpactPreview } from './impact-preview.ts';
export type { AffectedLearner, CentreImpact, ImpactSummary } from './impact-tally.ts';
export { diffVersions, publishDraft } from './publish.ts';
export { trustRecordBatches } from './trust-records.ts';
export {
  createDraft,
  discardDraft,
  getVersion,
  listFixtures,
  listVersions,
  retireVersion,
  saveDraft,
} from './versions.ts';
