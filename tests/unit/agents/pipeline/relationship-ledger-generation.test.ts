// A generated project has a story to scrub: every generated relationship opens its ledger (cause "generation").
import { afterAll, describe, expect, it } from 'vitest';
import { pipelineServices, runIdea } from '../../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('relationship writer ledger (issue 12)', () => {
  it('opens each generated relationship with its values, a cause and a reason', async () => {
    const run = await runIdea('short-film', 11, pipelineServices());
    await run.services.shutdown();
    const rels = run.file.entities.relationships;
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) {
      expect(r.history[0]).toMatchObject({
        cause: 'generation',
        storyOrder: 0,
        strength: r.strength,
        trust: r.trust,
        kind: r.kind,
      });
      expect(r.history[0]!.reason).toMatch(/^Generated with the story: /);
    }
  });
});
