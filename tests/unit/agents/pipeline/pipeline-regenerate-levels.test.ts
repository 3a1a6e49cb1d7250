// Regenerating the cast, the places or the story replaces the agent's work in place: no twins, references kept.
import { afterAll, describe, expect, it } from 'vitest';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { pipelineServices, ROBOT_IDEA, runIdea } from '../../../fixtures/pipeline-harness';

afterAll(() => removeTempDirs());

describe('regenerating one level', () => {
  it.each(['character_designer', 'location_scout', 'screenwriter'] as const)(
    '%s keeps counts and ids, and keeps user edits',
    async (from) => {
      const services = pipelineServices();
      const { projectId } = await runIdea('short-film', 5, services);
      const session = await services.projects.open(projectId);
      const before = structuredClone(session.file.entities);
      const edited = before.characters[0]!;
      await session.updateEntity(
        'character',
        edited.id,
        { description: 'Edited by hand.' },
        { via: 'manual' },
      );
      const { done } = await services.pipeline.start(
        projectId,
        paramsFromIdea(ROBOT_IDEA, 'short-film', 99),
        { from },
      );
      const outcome = await done;
      expect(outcome.status).toBe('done');
      const after = session.file.entities;
      expect(after.characters).toHaveLength(before.characters.length);
      expect(after.locations).toHaveLength(before.locations.length);
      expect(after.beats).toHaveLength(before.beats.length);
      // Every scene still points at existing characters and locations.
      for (const scene of after.scenes) {
        expect(after.locations.some((l) => l.id === scene.locationId)).toBe(true);
        for (const id of scene.characterIds) expect(after.characters.some((c) => c.id === id)).toBe(true);
      }
      expect(after.characters.find((c) => c.id === edited.id)?.description).toBe('Edited by hand.');
      if (from === 'character_designer') {
        expect(after.characters.map((c) => c.id).sort()).toEqual(before.characters.map((c) => c.id).sort());
        expect(after.scenes.every((s) => s.stale)).toBe(true);
        expect(outcome.remedies.map((r) => r.command)).toContain('regenerate the scenes');
      }
      await services.shutdown();
    },
  );
});
