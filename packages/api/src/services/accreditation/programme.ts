import {
  type CentreScope,
  type Db,
  listProgrammeBaseVersions,
  sampleLearnersForConformance,
  type TrustScope,
} from '@bacc/db';
import type { CentreProgramme, FrameworkDefinition } from '@bacc/schema';
import { invalid } from '../../errors.ts';
import { loadLearnerRecords } from '../records/learner-record.ts';
import { checkConformance } from './conformance.ts';
import { listThresholds, withThresholds } from './thresholds.ts';

const SAMPLE = 300;

/** The published versions a programme may be built on, each with the thresholds it may set. */
export async function programmeBases(db: Db, scope: TrustScope) {
  const versions = await listProgrammeBaseVersions(db, scope);
  return versions.map((v) => ({
    id: v.id,
    name: v.name,
    versionNumber: v.versionNumber,
    thresholds: listThresholds(v.definition as FrameworkDefinition),
  }));
}

/** Builds the centre's framework from its programme and checks it against the national one. */
export async function assessProgramme(db: Db, scope: CentreScope, programme: CentreProgramme) {
  const versions = await listProgrammeBaseVersions(db, scope);
  const base = versions.find((v) => v.id === programme.frameworkVersionId);
  if (!base)
    throw invalid('Choose a published framework version to build the programme on.', {
      field: 'frameworkVersionId',
    });
  const national = base.definition as FrameworkDefinition;
  const known = new Set(listThresholds(national).map((t) => t.path));
  const unknown = programme.thresholds.filter((t) => !known.has(t.path));
  if (unknown.length > 0)
    throw invalid(
      `The programme sets thresholds the framework does not have: ${unknown.map((t) => t.path).join(', ')}`,
    );
  const centre = withThresholds(national, programme.thresholds);
  const sample = await sampleLearnersForConformance(db, scope, SAMPLE);
  const byCentre = new Map<string, string[]>();
  for (const l of sample) byCentre.set(l.centreId, [...(byCentre.get(l.centreId) ?? []), l.id]);
  const records = [];
  for (const [centreId, ids] of byCentre)
    records.push(...(await loadLearnerRecords(db, { ...scope, centreId }, ids)).values());
  const report = checkConformance(national, centre, records);
  // Another centre's learner is not named to this centre.
  const own = new Set(byCentre.get(scope.centreId) ?? []);
  for (const e of report.engine.examples)
    if (!own.has(e.learnerId)) e.learnerId = 'a learner at another centre';
  return {
    base: { id: base.id, name: base.name, versionNumber: base.versionNumber },
    report,
  };
}
