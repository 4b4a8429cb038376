import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // JSON-LD canonicalisation on two busy cores: a verification can take a second under load.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
