// Vitest configuration: tests under tests/unit mirror the source tree, in projects run by `npm test`: `unit` (fast,
// in process), `unit-isolated` (the few unit files that replace modules) and `acceptance` (eval corpora, many-seed
// pipeline runs and the few tests where a real process boundary is what is tested: the CLI contract, kill -9 and
// resume). `npm run test:unit` is the quick loop while editing.
import { readdirSync, readFileSync } from 'node:fs';
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

/** A file that replaces a module (vi.mock) needs a module cache of its own; the rest share their worker's. */
const REPLACES_MODULES = /\bvi\.(?:mock|doMock|unmock|doUnmock)\(/;

/** The unit files that replace modules, found by reading them: a new one is isolated without a list to keep. */
function filesReplacingModules(): string[] {
  return readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `tests/unit/${file.split('\\').join('/')}`)
    .filter((file) => REPLACES_MODULES.test(readFileSync(file, 'utf8')));
}
const ISOLATED = filesReplacingModules();

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
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...ACCEPTANCE, ...ISOLATED],
          // Files share their worker's module cache: importing the core afresh for each of ~180 files was over
          // half of the unit project's CPU time (337 → 157 CPU-s). Tests must not leave global state behind.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: ISOLATED, exclude: ACCEPTANCE },
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
