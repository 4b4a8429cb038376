import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@bacc/db/testing/global-setup'],
    // A cold PGlite on two busy cores takes seconds; the default 5 s is too tight.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
