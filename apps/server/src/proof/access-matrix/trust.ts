import { type Entry, page, shared, theirs, user } from './entry.ts';

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

/** Every trust.* procedure: trust admins of the victim's trust only. */
export const trustProcedures: Record<string, Entry> = {
  'trust.centres.list': { role: 'trustAdmin' },
  'trust.centres.get': theirs('trustAdmin', (v) => ({ centreId: v.centreId })),
  'trust.centres.create': { role: 'trustAdmin', input: () => ({ centre }) },
  'trust.centres.update': theirs('trustAdmin', (v) => ({
    centreId: v.centreId,
    version: 1,
    centre,
  })),
  'trust.submissions.list': { role: 'trustAdmin', input: () => ({}) },
  'trust.submissions.return': theirs('trustAdmin', (v) => ({
    submissionId: v.submissionId,
    comment: 'Sent back by an intruder',
  })),
  'trust.submissions.approve': theirs('trustAdmin', (v) => ({ submissionId: v.submissionId })),
  'trust.catalogue.list': { role: 'trustAdmin', input: () => ({}) },
  'trust.catalogue.get': shared('trustAdmin', (v) => ({ qualificationId: v.qualificationId })),
  'trust.catalogue.create': { role: 'trustAdmin', input: () => ({ qualification }) },
  'trust.catalogue.update': shared('trustAdmin', (v) => ({
    qualificationId: v.qualificationId,
    version: 1,
    qualification,
  })),
  'trust.catalogue.delete': shared('trustAdmin', (v) => ({
    qualificationId: v.qualificationId,
    version: 1,
  })),
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
  'trust.accreditation.get': theirs('trustAdmin', (v) => ({ centreId: v.centreId })),
  'trust.accreditation.decide': theirs('trustAdmin', (v) => ({
    centreId: v.centreId,
    version: 1,
    action: 'withdraw',
    note: 'intruder',
  })),
  'trust.users.list': { role: 'trustAdmin' },
  'trust.users.invite': { role: 'trustAdmin', input: () => ({ user }) },
  'trust.users.changeAccess': theirs('trustAdmin', (v) => ({
    userId: v.staffUserId,
    role: 'trust_admin',
    centreId: null,
  })),
  'trust.users.disable': theirs('trustAdmin', (v) => ({ userId: v.staffUserId })),
  'trust.users.enable': theirs('trustAdmin', (v) => ({ userId: v.staffUserId })),
  'trust.users.resetPassword': theirs('trustAdmin', (v) => ({ userId: v.staffUserId })),
  'trust.moderation.learners': theirs('trustAdmin', (v) => ({ submissionId: v.submissionId })),
  'trust.moderation.sample': theirs('trustAdmin', (v) => ({
    submissionId: v.submissionId,
    size: 5,
    seed: 1,
    stratifyByTier: false,
  })),
  'trust.moderation.learner': theirs('trustAdmin', (v) => ({
    submissionId: v.submissionId,
    learnerId: v.learnerId,
  })),
  'trust.analytics.overview': { role: 'trustAdmin', input: () => ({}) },
  'trust.auditLog.list': { role: 'trustAdmin', input: () => ({ filter: {}, ...page }) },
  'trust.auditLog.export': { role: 'trustAdmin', input: () => ({ filter: {} }) },
  'trust.auditLog.facets': { role: 'trustAdmin' },
  'trust.frameworks.list': { role: 'trustAdmin' },
  'trust.frameworks.fixtures': { role: 'trustAdmin' },
  'trust.frameworks.get': shared('trustAdmin', (v) => ({ versionId: v.frameworkVersionId })),
  'trust.frameworks.createDraft': shared('trustAdmin', (v) => ({
    source: { kind: 'copy', versionId: v.frameworkVersionId },
  })),
  'trust.frameworks.saveDraft': shared('trustAdmin', (v) => ({
    versionId: v.draftVersionId,
    version: 1,
    definition: {},
  })),
  'trust.frameworks.discardDraft': shared('trustAdmin', (v) => ({
    versionId: v.draftVersionId,
    version: 1,
  })),
  'trust.frameworks.publish': shared('trustAdmin', (v) => ({
    versionId: v.draftVersionId,
    version: 1,
  })),
  'trust.frameworks.retire': shared('trustAdmin', (v) => ({ versionId: v.frameworkVersionId })),
  'trust.frameworks.diff': shared('trustAdmin', (v) => ({
    fromId: v.frameworkVersionId,
    toId: v.draftVersionId,
  })),
  'trust.frameworks.impact.start': shared('trustAdmin', (v) => ({
    versionId: v.draftVersionId,
    centreId: null,
    leavingYear: null,
  })),
  'trust.frameworks.impact.get': shared('trustAdmin', (v) => ({ previewId: v.previewId })),
  'trust.awards.list': { role: 'trustAdmin', input: () => ({ ...page }) },
  'trust.awards.get': theirs('trustAdmin', (v) => ({ awardId: v.awardId })),
  'trust.awards.revoke': theirs('trustAdmin', (v) => ({
    awardId: v.awardId,
    reason: 'Revoked by an intruder',
  })),
  'trust.awards.reissue': theirs('trustAdmin', (v) => ({
    awardId: v.awardId,
    reason: 'Reissued by an intruder',
  })),
  'trust.dataProtection.retention': { role: 'trustAdmin' },
  'trust.dataProtection.setRetention': { role: 'trustAdmin', input: () => ({ years: 1 }) },
};
