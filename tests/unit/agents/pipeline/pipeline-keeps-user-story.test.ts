// Generating on a project whose story the user started keeps what they wrote; regenerating the story replaces it.
import { afterAll, describe, expect, it } from 'vitest';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { pipelineServices, ROBOT_IDEA } from '../../../fixtures/pipeline-harness';

afterAll(() => removeTempDirs());

describe('the screenwriter on a project with a user-written story', () => {
  it('fills only what is missing, and replaces it all when asked to regenerate the story', async () => {
    const services = pipelineServices();
    const { id } = await services.projects.create('Mine', 'short-film', { seed: 3 });
    const session = await services.projects.open(id);
    await session.updateMeta(
      { title: 'Paint Me', logline: 'A robot paints its way back to its maker.' },
      'user story',
    );
    const first = await (await services.pipeline.start(id, paramsFromIdea(ROBOT_IDEA, 'short-film', 3))).done;
    expect(first.status).toBe('done');
    expect(session.file.project.title).toBe('Paint Me');
    expect(session.file.project.logline).toBe('A robot paints its way back to its maker.');
    expect(session.file.project.synopsis).toBeTruthy();
    expect(session.file.entities.beats.length).toBeGreaterThan(0);

    const again = await (
      await services.pipeline.start(id, paramsFromIdea(ROBOT_IDEA, 'short-film', 4), { from: 'screenwriter' })
    ).done;
    expect(again.status).toBe('done');
    expect(session.file.project.logline).not.toBe('A robot paints its way back to its maker.');
    await services.shutdown();
  });
});
