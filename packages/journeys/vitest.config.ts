import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.journey.ts'],
    // One server and one browser at a time: journeys are heavy and the machine has two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
