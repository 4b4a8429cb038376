import { type Entry, page, theirs, user, type Victim } from './entry.ts';

const learner = {
  uln: null,
  upn: null,
  legalGivenName: 'Mallory',
  legalFamilyName: 'Intruder',
  preferredName: null,
  dateOfBirth: '2008-01-01',
  leavingYear: 2026,
};

/** create, update and delete of one kind of evidence, each naming the victim's learner or row. */
function evidence(
  kind: 'results' | 'projects' | 'activities',
  field: string,
  id: (v: Victim) => string,
  item: (v: Victim) => Record<string, unknown>,
): Record<string, Entry> {
  return {
    [`centre.${kind}.create`]: theirs('centreStaff', (v) => ({ [field]: item(v) })),
    [`centre.${kind}.update`]: theirs('centreStaff', (v) => ({
      id: id(v),
      version: 1,
      [field]: item(v),
    })),
    [`centre.${kind}.delete`]: theirs('centreStaff', (v) => ({ id: id(v), version: 1 })),
  };
}

/** Every centre.* procedure: staff (or admins) of the victim's centre only. */
export const centreProcedures: Record<string, Entry> = {
  'centre.import.suggestMapping': {
    role: 'centreStaff',
    input: () => ({ kind: 'learners', headers: ['Surname'] }),
  },
  'centre.import.start': {
    role: 'centreStaff',
    input: () => ({
      kind: 'learners',
      fileName: 'x.csv',
      headers: ['Surname'],
      mapping: { legalFamilyName: 'Surname' },
      rowCount: 1,
    }),
  },
  'centre.import.stage': theirs('centreStaff', (v) => ({
    sessionId: v.importSessionId,
    rows: [{ row: 2, cells: ['Intruder'] }],
  })),
  'centre.import.dryRun': theirs('centreStaff', (v) => ({ sessionId: v.importSessionId })),
  'centre.import.errors': theirs('centreStaff', (v) => ({ sessionId: v.importSessionId })),
  'centre.import.commit': theirs('centreStaff', (v) => ({ sessionId: v.importSessionId })),
  'centre.learners.list': { role: 'centreStaff', input: () => ({ ...page }) },
  'centre.learners.get': theirs('centreStaff', (v) => ({ learnerId: v.learnerId })),
  'centre.learners.record': theirs('centreStaff', (v) => ({ learnerId: v.learnerId })),
  'centre.learners.create': { role: 'centreStaff', input: () => ({ learner }) },
  'centre.learners.update': theirs('centreStaff', (v) => ({
    learnerId: v.learnerId,
    version: v.learnerVersion,
    learner,
  })),
  'centre.learners.delete': theirs('centreStaff', (v) => ({
    learnerId: v.learnerId,
    version: v.learnerVersion,
  })),
  'centre.catalogue.list': { role: 'centreStaff' },
  'centre.accreditation.get': { role: 'centreAdmin' },
  'centre.accreditation.check': { role: 'centreAdmin', input: () => ({ programme: {} }) },
  'centre.accreditation.submitApplication': {
    role: 'centreAdmin',
    input: () => ({ programme: {} }),
  },
  'centre.staff.list': { role: 'centreAdmin' },
  'centre.staff.invite': { role: 'centreAdmin', input: () => ({ user }) },
  'centre.staff.changeAccess': theirs('centreAdmin', (v) => ({
    userId: v.staffUserId,
    role: 'centre_admin',
  })),
  'centre.staff.disable': theirs('centreAdmin', (v) => ({ userId: v.staffUserId })),
  'centre.staff.enable': theirs('centreAdmin', (v) => ({ userId: v.staffUserId })),
  'centre.staff.resetPassword': theirs('centreAdmin', (v) => ({ userId: v.staffUserId })),
  'centre.cohorts.list': { role: 'centreStaff' },
  'centre.cohorts.create': {
    role: 'centreAdmin',
    refs: 'trust',
    // Another trust's framework is simply not one this centre may choose.
    refusedAs: ['BAD_REQUEST'],
    input: (v) => ({ leavingYear: 2031, frameworkVersionId: v.frameworkVersionId }),
  },
  'centre.cohorts.dashboard': {
    role: 'centreStaff',
    input: (v) => ({ leavingYear: v.leavingYear }),
  },
  'centre.frameworks.published': { role: 'centreStaff' },
  'centre.submissions.candidates': {
    role: 'centreStaff',
    input: (v) => ({ leavingYear: v.leavingYear }),
  },
  'centre.submissions.create': theirs('centreAdmin', (v) => ({
    leavingYear: v.leavingYear,
    learnerIds: [v.learnerId],
  })),
  'centre.destinations.forLearner': theirs('centreStaff', (v) => ({ learnerId: v.learnerId })),
  'centre.destinations.missing': {
    role: 'centreStaff',
    input: (v) => ({ checkpoint: 'at_leaving', leavingYear: v.leavingYear, ...page }),
  },
  'centre.destinations.record': theirs('centreStaff', (v) => ({
    learnerId: v.learnerId,
    checkpoint: 'at_leaving',
    version: null,
    destination: {
      kind: 'employment',
      provider: null,
      sustained: null,
      recordedOn: '2026-09-01',
      notes: null,
    },
  })),
  // Filtering one's own centre's log by a stranger's learner id simply finds nothing.
  'centre.audit.list': {
    role: 'centreAdmin',
    input: (v) => ({ learnerId: v.learnerId, ...page }),
  },
  'centre.dataProtection.exportLearner': theirs('centreAdmin', (v) => ({ learnerId: v.learnerId })),
  'centre.dataProtection.eraseLearner': theirs('centreAdmin', (v) => ({
    learnerId: v.learnerId,
    confirmName: 'Anyone',
    reason: 'Erased by an intruder',
  })),
  'centre.awards.list': { role: 'centreStaff', input: () => ({ ...page }) },
  'centre.awards.get': theirs('centreStaff', (v) => ({ awardId: v.awardId })),
  'centre.awards.credential': theirs('centreStaff', (v) => ({ awardId: v.awardId })),
  'centre.awards.setComponentsPublic': theirs('centreStaff', (v) => ({
    awardId: v.awardId,
    componentsPublic: true,
  })),
  ...evidence(
    'results',
    'result',
    (v) => v.resultId,
    (v) => ({
      learnerId: v.learnerId,
      qualificationId: v.qualificationId,
      grade: '9',
      status: 'confirmed',
      awardedOn: null,
    }),
  ),
  ...evidence(
    'projects',
    'project',
    (v) => v.projectId,
    (v) => ({
      learnerId: v.learnerId,
      title: 'Forged project',
      kind: 'centre_devised',
      qualificationId: null,
      grade: null,
      hours: 60,
    }),
  ),
  ...evidence(
    'activities',
    'activity',
    (v) => v.activityId,
    (v) => ({
      learnerId: v.learnerId,
      strand: 'physical_outdoor',
      hours: 100,
      startedOn: null,
      endedOn: null,
      description: 'Forged hours',
      verifiedBy: null,
    }),
  ),
};
