export { availableDatabaseKinds, createBlankDatabase } from './blank-database.ts';
export { createLearnerRow, createTenant } from './factories.ts';
export { createTestDatabase, type DatabaseSuite, describeEachDatabase } from './test-database.ts';
