import {
  type CentreScope,
  type Db,
  listProgrammeBaseVersions,
  sampleCentreLearnerIds,
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
  const ids = await sampleCentreLearnerIds(db, scope, SAMPLE);
  const records = [...(await loadLearnerRecords(db, scope, ids)).values()];
  return {
    base: { id: base.id, name: base.name, versionNumber: base.versionNumber },
    report: checkConformance(national, centre, records),
  };
}
