import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temp root per run, removed at the end (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Two cores on the reference machine: forks keep dynalite and CDK synth out of each other's way.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
