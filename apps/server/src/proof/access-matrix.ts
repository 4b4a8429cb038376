/**
 * Who may call each tRPC procedure, and an input that names the victim's own records.
 *
 * The matrix test walks the router and fails on any procedure missing here, so a new procedure
 * cannot ship without someone deciding who may call it and proving everyone else is refused.
 */

/** The least role that may call a procedure; every role above it may too. */
export type Role = 'public' | 'signedIn' | 'centreStaff' | 'centreAdmin' | 'trustAdmin';

/** The victim centre's records, which no one outside it may read or change. */
export interface Victim {
  trustId: string;
  centreId: string;
  learnerId: string;
  learnerVersion: number;
  resultId: string;
  activityId: string;
  projectId: string;
  qualificationId: string;
  frameworkVersionId: string;
  draftVersionId: string;
  submissionId: string;
  awardId: string;
  staffUserId: string;
  importSessionId: string;
  previewId: string;
  leavingYear: number;
}

export interface Entry {
  role: Role;
  /** The procedure's own input, scope ids (trustId, centreId) left out: the test adds them. */
  input?: (v: Victim) => Record<string, unknown>;
  /**
   * Whose records the input names: 'centre' records are off limits to every other centre, even
   * in the same trust; 'trust' records (frameworks, the catalogue) are shared within the trust.
   * Without refs, a query is called in the attacker's own scope and must not leak the victim's
   * ids, and a mutation acts only on the attacker's own records, so it is not replayed.
   */
  refs?: 'centre' | 'trust';
  /** Refusals other than NOT_FOUND / FORBIDDEN that are right for this procedure. */
  refusedAs?: string[];
}

const learner = {
  uln: null,
  upn: null,
  legalGivenName: 'Mallory',
  legalFamilyName: 'Intruder',
  preferredName: null,
  dateOfBirth: '2008-01-01',
  leavingYear: 2026,
};
const centre = { urn: '100001', name: 'Taken Over', kind: 'school', town: null, address: null };
const qualification = {
  qn: null,
  title: 'Forged',
  type: 'gcse',
  subject: null,
  level: 2,
  glh: null,
  tqt: null,
  sizeALevels: null,
  category: 'general',
  discountCode: null,
  gradeScale: 'a_level',
};
const page = { page: 1, pageSize: 25 };
const user = { email: 'mallory@example.org', displayName: 'Mallory', role: 'centre_staff' };

export const accessMatrix: Record<string, Entry> = {
  'auth.login': { role: 'public' },
  'auth.logout': { role: 'signedIn' },
  'auth.me': { role: 'public' },
  'invite.inspect': { role: 'public' },
  'invite.accept': { role: 'public' },
  'verification.check': { role: 'public' },

  'trust.centres.list': { role: 'trustAdmin' },
  'trust.centres.get': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ centreId: v.centreId }),
  },
  'trust.centres.create': { role: 'trustAdmin', input: () => ({ centre }) },
  'trust.centres.update': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ centreId: v.centreId, version: 1, centre }),
  },
  'trust.submissions.list': { role: 'trustAdmin', input: () => ({}) },
  'trust.submissions.return': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ submissionId: v.submissionId, comment: 'Sent back by an intruder' }),
  },
  'trust.submissions.approve': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ submissionId: v.submissionId }),
  },
  'trust.catalogue.list': { role: 'trustAdmin', input: () => ({}) },
  'trust.catalogue.get': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ qualificationId: v.qualificationId }),
  },
  'trust.catalogue.create': { role: 'trustAdmin', input: () => ({ qualification }) },
  'trust.catalogue.update': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ qualificationId: v.qualificationId, version: 1, qualification }),
  },
  'trust.catalogue.delete': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ qualificationId: v.qualificationId, version: 1 }),
  },
  'trust.catalogue.scales.list': { role: 'trustAdmin' },
  'trust.catalogue.scales.create': {
    role: 'trustAdmin',
    input: () => ({ scale: { key: 'forged', name: 'Forged', grades: ['A', 'B'] } }),
  },
  // Scales are addressed by a key that every trust may reuse, so another trust's admin naming
  // the key edits their own scale: the scope check is the protection, tested above.
  'trust.catalogue.scales.update': {
    role: 'trustAdmin',
    input: () => ({ key: 'a_level', version: 1, name: 'Forged', grades: ['A'] }),
  },
  'trust.catalogue.scales.savePoints': {
    role: 'trustAdmin',
    input: () => ({ table: 'ucas', version: 1 }),
  },
  'trust.catalogue.import.preview': {
    role: 'trustAdmin',
    input: () => ({ fileName: 'x.csv', csv: 'title\nForged' }),
  },
  'trust.catalogue.import.commit': {
    role: 'trustAdmin',
    input: () => ({ fileName: 'x.csv', csv: 'title\nForged' }),
  },
  'trust.accreditation.list': { role: 'trustAdmin' },
  'trust.accreditation.get': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ centreId: v.centreId }),
  },
  'trust.accreditation.decide': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ centreId: v.centreId, version: 1, action: 'withdraw', note: 'intruder' }),
  },
  'trust.users.list': { role: 'trustAdmin' },
  'trust.users.invite': { role: 'trustAdmin', input: () => ({ user }) },
  'trust.users.changeAccess': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId, role: 'trust_admin', centreId: null }),
  },
  'trust.users.disable': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
  'trust.users.enable': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
  'trust.users.resetPassword': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
  'trust.moderation.learners': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ submissionId: v.submissionId }),
  },
  'trust.moderation.sample': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ submissionId: v.submissionId, size: 5, seed: 1, stratifyByTier: false }),
  },
  'trust.moderation.learner': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ submissionId: v.submissionId, learnerId: v.learnerId }),
  },
  'trust.analytics.overview': { role: 'trustAdmin', input: () => ({}) },
  'trust.auditLog.list': { role: 'trustAdmin', input: () => ({ filter: {}, ...page }) },
  'trust.auditLog.export': { role: 'trustAdmin', input: () => ({ filter: {} }) },
  'trust.auditLog.facets': { role: 'trustAdmin' },
  'trust.frameworks.list': { role: 'trustAdmin' },
  'trust.frameworks.fixtures': { role: 'trustAdmin' },
  'trust.frameworks.get': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.frameworkVersionId }),
  },
  'trust.frameworks.createDraft': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ source: { kind: 'copy', versionId: v.frameworkVersionId } }),
  },
  'trust.frameworks.saveDraft': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.draftVersionId, version: 1, definition: {} }),
  },
  'trust.frameworks.discardDraft': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.draftVersionId, version: 1 }),
  },
  'trust.frameworks.publish': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.draftVersionId, version: 1 }),
  },
  'trust.frameworks.retire': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.frameworkVersionId }),
  },
  'trust.frameworks.diff': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ fromId: v.frameworkVersionId, toId: v.draftVersionId }),
  },
  'trust.frameworks.impact.start': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ versionId: v.draftVersionId, centreId: null, leavingYear: null }),
  },
  'trust.frameworks.impact.get': {
    role: 'trustAdmin',
    refs: 'trust',
    input: (v) => ({ previewId: v.previewId }),
  },
  'trust.awards.list': { role: 'trustAdmin', input: () => ({ ...page }) },
  'trust.awards.get': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId }),
  },
  'trust.awards.revoke': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId, reason: 'Revoked by an intruder' }),
  },
  'trust.awards.reissue': {
    role: 'trustAdmin',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId, reason: 'Reissued by an intruder' }),
  },

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
  'centre.import.stage': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ sessionId: v.importSessionId, rows: [{ row: 2, cells: ['Intruder'] }] }),
  },
  'centre.import.dryRun': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ sessionId: v.importSessionId }),
  },
  'centre.import.errors': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ sessionId: v.importSessionId }),
  },
  'centre.import.commit': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ sessionId: v.importSessionId }),
  },
  'centre.learners.list': { role: 'centreStaff', input: () => ({ ...page }) },
  'centre.learners.get': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId }),
  },
  'centre.learners.record': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId }),
  },
  'centre.learners.create': { role: 'centreStaff', input: () => ({ learner }) },
  'centre.learners.update': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId, version: v.learnerVersion, learner }),
  },
  'centre.learners.delete': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId, version: v.learnerVersion }),
  },
  'centre.catalogue.list': { role: 'centreStaff' },
  'centre.results.create': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({
      result: {
        learnerId: v.learnerId,
        qualificationId: v.qualificationId,
        grade: '9',
        status: 'confirmed',
        awardedOn: null,
      },
    }),
  },
  'centre.results.update': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({
      id: v.resultId,
      version: 1,
      result: {
        learnerId: v.learnerId,
        qualificationId: v.qualificationId,
        grade: '9',
        status: 'confirmed',
        awardedOn: null,
      },
    }),
  },
  'centre.results.delete': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ id: v.resultId, version: 1 }),
  },
  'centre.projects.create': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ project: projectFor(v) }),
  },
  'centre.projects.update': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ id: v.projectId, version: 1, project: projectFor(v) }),
  },
  'centre.projects.delete': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ id: v.projectId, version: 1 }),
  },
  'centre.activities.create': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ activity: activityFor(v) }),
  },
  'centre.activities.update': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ id: v.activityId, version: 1, activity: activityFor(v) }),
  },
  'centre.activities.delete': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ id: v.activityId, version: 1 }),
  },
  'centre.accreditation.get': { role: 'centreAdmin' },
  'centre.accreditation.check': { role: 'centreAdmin', input: () => ({ programme: {} }) },
  'centre.accreditation.submitApplication': {
    role: 'centreAdmin',
    input: () => ({ programme: {} }),
  },
  'centre.staff.list': { role: 'centreAdmin' },
  'centre.staff.invite': { role: 'centreAdmin', input: () => ({ user }) },
  'centre.staff.changeAccess': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId, role: 'centre_admin' }),
  },
  'centre.staff.disable': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
  'centre.staff.enable': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
  'centre.staff.resetPassword': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ userId: v.staffUserId }),
  },
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
  'centre.submissions.create': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ leavingYear: v.leavingYear, learnerIds: [v.learnerId] }),
  },
  'centre.destinations.forLearner': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId }),
  },
  'centre.destinations.missing': {
    role: 'centreStaff',
    input: (v) => ({ checkpoint: 'at_leaving', leavingYear: v.leavingYear, ...page }),
  },
  'centre.destinations.record': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({
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
    }),
  },
  // Filtering one's own centre's log by a stranger's learner id simply finds nothing.
  'centre.audit.list': {
    role: 'centreAdmin',
    input: (v) => ({ learnerId: v.learnerId, ...page }),
  },
  'centre.dataProtection.exportLearner': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({ learnerId: v.learnerId }),
  },
  'centre.dataProtection.eraseLearner': {
    role: 'centreAdmin',
    refs: 'centre',
    input: (v) => ({
      learnerId: v.learnerId,
      confirmName: 'Anyone',
      reason: 'Erased by an intruder',
    }),
  },
  'trust.dataProtection.retention': { role: 'trustAdmin' },
  'trust.dataProtection.setRetention': { role: 'trustAdmin', input: () => ({ years: 1 }) },
  'centre.awards.list': { role: 'centreStaff', input: () => ({ ...page }) },
  'centre.awards.get': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId }),
  },
  'centre.awards.credential': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId }),
  },
  'centre.awards.setComponentsPublic': {
    role: 'centreStaff',
    refs: 'centre',
    input: (v) => ({ awardId: v.awardId, componentsPublic: true }),
  },
};

function projectFor(v: Victim) {
  return {
    learnerId: v.learnerId,
    title: 'Forged project',
    kind: 'centre_devised',
    qualificationId: null,
    grade: null,
    hours: 60,
  };
}

function activityFor(v: Victim) {
  return {
    learnerId: v.learnerId,
    strand: 'physical_outdoor',
    hours: 100,
    startedOn: null,
    endedOn: null,
    description: 'Forged hours',
    verifiedBy: null,
  };
}
