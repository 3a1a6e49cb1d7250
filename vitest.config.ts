// Vitest configuration: unit tests under tests/unit mirror the source tree.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Settings and secrets of tests never land in the real ~/.storyloom.
    env: { STORYLOOM_APP_DIR: join(tmpdir(), `storyloom-test-app-${process.pid}`) },
  },
});
