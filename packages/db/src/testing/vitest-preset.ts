import { fileURLToPath } from 'node:url';

/** Vitest settings for any package whose tests touch the database. */
export const databaseTestConfig = {
  globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
  // A cold PGlite on two busy cores takes seconds; the default 5 s is too tight.
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
