export * from './audit.ts';
export * from './centres.ts';
export * from './learners.ts';
export * from './login-attempts.ts';
export * from './scope.ts';
export * from './sessions.ts';
export * from './trusts.ts';
export * from './users.ts';
