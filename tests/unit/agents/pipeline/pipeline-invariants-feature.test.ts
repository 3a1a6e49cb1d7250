// Acceptance: feature films (the biggest kind) from the robot idea, 20 seeds, all complete and consistent.
import { afterAll, describe, expect, it } from 'vitest';
import { invariantFailures } from '../../../fixtures/pipeline-invariants';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('pipeline invariants (robot idea, 20 seeds × feature film)', () => {
  for (const first of [1, 6, 11, 16]) {
    // Five feature films per test: pure computation, given room for a machine whose other core is busy.
    it(
      `feature-film seeds ${first}–${first + 4}: complete, consistent projects that reach the shot list`,
      { timeout: 120_000 },
      async () => {
        expect(
          await invariantFailures('feature-film', [first, first + 1, first + 2, first + 3, first + 4]),
        ).toEqual([]);
      },
    );
  }
});
