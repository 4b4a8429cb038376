export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { resolveSession } from './auth/sessions.ts';
export { hashToken } from './auth/tokens.ts';
export {
  type AuthSettings,
  type Context,
  createContextInner,
  defaultAuthSettings,
  type ServerSecrets,
  type SessionCookieJar,
  testSecrets,
} from './context.ts';
export {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableError,
  isDatabaseUnavailable,
} from './database-unavailable.ts';
export { AppError } from './errors.ts';
export { type AppRouter, appRouter, createCaller } from './root.ts';
export * from './services/awards/index.ts';
export {
  awardForCertificate,
  cohortAwardsForCertificates,
} from './services/certificates/certificate-awards.ts';
export * from './services/data-protection/index.ts';
export { decisionColumns, recomputeDecisions } from './services/records/decisions.ts';
export { loadLearnerRecords } from './services/records/learner-record.ts';
export {
  checkVerificationCode,
  hashVerificationCode,
  type VerificationAnswer,
} from './services/verification.ts';
