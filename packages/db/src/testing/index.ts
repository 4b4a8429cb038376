export { createLearnerRow, createTenant } from './factories.ts';
export { createTestDatabase, type DatabaseSuite, describeEachDatabase } from './test-database.ts';
