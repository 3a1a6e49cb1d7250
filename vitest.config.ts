// Vitest configuration: tests under tests/unit mirror the source tree, in two projects run by `npm test`:
// `unit` (fast, in process) and `acceptance` (eval corpora, many-seed pipeline runs and the few tests where a real
// process boundary is what is tested: the CLI contract, kill -9 and resume). `npx vitest run --project unit`
// is the quick loop while editing.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The acceptance files; everything else under tests/unit is a unit test. */
const ACCEPTANCE = [
  'tests/unit/**/eval-*.test.ts',
  'tests/unit/**/*-cli.test.ts',
  'tests/unit/**/*-kill-resume.test.ts',
  'tests/unit/agents/pipeline/pipeline-invariants*.test.ts',
  'tests/unit/store/crash-durability.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Settings and secrets of tests never land in the real ~/.storyloom.
    env: { STORYLOOM_APP_DIR: join(tmpdir(), `storyloom-test-app-${process.pid}`) },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ACCEPTANCE },
      },
      {
        extends: true,
        test: {
          name: 'acceptance',
          include: ACCEPTANCE,
          // Child processes run `bin/storyloom.mjs`: build out/cli first so they run the current sources fast.
          globalSetup: ['tests/fixtures/build-cli-setup.ts'],
        },
      },
    ],
  },
});
