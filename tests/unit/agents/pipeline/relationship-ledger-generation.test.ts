// A generated project has a story to scrub: every generated relationship opens its ledger (cause "generation")
// and then moves scene by scene through the generated scenes its two characters share.
import { afterAll, describe, expect, it } from 'vitest';
import { pipelineServices, runIdea } from '../../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('relationship writer ledger (issue 12)', () => {
  it('opens each generated relationship with its values, then one entry per shared scene in order', async () => {
    const run = await runIdea('short-film', 11, pipelineServices());
    await run.services.shutdown();
    const { relationships: rels, scenes } = run.file.entities;
    expect(rels.length).toBeGreaterThan(0);
    let sceneEntries = 0;
    for (const r of rels) {
      expect(r.history[0]).toMatchObject({ cause: 'generation', storyOrder: 0, kind: r.kind });
      expect(r.history[0]!.reason).toMatch(/^Generated with the story: /);
      const shared = scenes
        .filter((s) => s.characterIds.includes(r.sourceId) && s.characterIds.includes(r.targetId))
        .sort((a, b) => a.number - b.number);
      const later = r.history.slice(1);
      expect(later.map((h) => h.sceneId)).toEqual(shared.map((s) => s.id));
      expect(later.map((h) => h.storyOrder)).toEqual(shared.map((s) => s.number));
      for (const h of later) {
        expect(h.cause).toBe('generation');
        expect(h.interaction).toBeDefined();
        expect(h.reason).toMatch(/^Scene \d+ \(.+\): .+ — /);
      }
      expect(r.history.at(-1)).toMatchObject({ strength: r.strength, trust: r.trust });
      sceneEntries += later.length;
    }
    expect(sceneEntries).toBeGreaterThan(0);
  });
});
