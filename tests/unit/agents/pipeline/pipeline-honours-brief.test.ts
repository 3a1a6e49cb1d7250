// A generate run stores the idea brief on the project, keeps its people and places, and honours a user's edit.
import { afterAll, describe, expect, it } from 'vitest';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { pipelineServices } from '../../../fixtures/pipeline-harness';

afterAll(() => removeTempDirs());

const IDEA =
  'A retired safecracker named Rosa is pulled back for one last heist in Lisbon by her estranged daughter Inês, a detective';

describe('faithful generation offline (issue 10)', () => {
  it('keeps the named people, their bond and the place, records the brief, and honours an edited brief', async () => {
    const services = pipelineServices();
    const { id } = await services.projects.create('Heist', 'short-film', { seed: 5 });
    const session = await services.projects.open(id);
    const { runId, done } = await services.pipeline.start(id, paramsFromIdea(IDEA, 'short-film', 5));
    expect((await done).status).toBe('done');
    const { project, entities } = session.file;
    expect(project.brief?.people.map((p) => p.name)).toEqual(['Rosa', 'Inês']);
    const rosa = entities.characters.find((c) => c.name === 'Rosa');
    const ines = entities.characters.find((c) => c.name === 'Inês');
    expect(rosa).toMatchObject({ role: 'protagonist', occupation: 'safecracker', gender: 'female' });
    expect(ines).toMatchObject({ occupation: 'detective' });
    const bond = entities.relationships.find(
      (r) => [r.sourceId, r.targetId].sort().join() === [rosa!.id, ines!.id].sort().join(),
    );
    expect(bond?.kind).toBe('family');
    expect(entities.scenes.some((s) => s.heading.includes('LISBON'))).toBe(true);
    expect(project.genre).toBe('heist');
    const [record] = await services.pipeline.recent(id, 1);
    expect(record?.runId).toBe(runId);
    expect(record?.brief).toMatch(
      /^Rosa \(safecracker.*protagonist\), Inês \(detective.*\) · Lisbon · heist/,
    );

    // The user corrects the brief (as a project:update of `brief` does); regenerating the cast follows the edit.
    const edited = {
      ...project.brief!,
      people: project.brief!.people.map((p) =>
        p.name === 'Inês' ? { ...p, occupation: 'harbour pilot' } : p,
      ),
      userEdited: ['people'],
    };
    await session.updateMeta({ brief: edited }, 'user brief');
    const again = await (
      await services.pipeline.start(id, paramsFromIdea('regenerate the characters', 'short-film', 9), {
        from: 'character_designer',
      })
    ).done;
    expect(again.status).toBe('done');
    expect(session.file.entities.characters.find((c) => c.name === 'Inês')?.occupation).toBe('harbour pilot');
    await services.shutdown();
  });

  it('gives no character an alias another answers to, such as the surname two siblings share', async () => {
    const services = pipelineServices();
    const { id } = await services.projects.create('Siblings', 'short-film', { seed: 5 });
    const session = await services.projects.open(id);
    const idea = 'Ruth Okafor, a ferry pilot, and her brother Jude Okafor sail one last run to Lagos.';
    expect(
      (await (await services.pipeline.start(id, paramsFromIdea(idea, 'short-film', 5))).done).status,
    ).toBe('done');
    const cast = session.file.entities.characters;
    expect(cast.map((c) => c.name)).toEqual(expect.arrayContaining(['Ruth Okafor', 'Jude Okafor']));
    const answers = cast.map((c) => new Set([c.name, ...c.name.split(' '), ...c.aliases]));
    for (const [i, c] of cast.entries())
      for (const alias of c.aliases) expect(answers.filter((a, j) => j !== i && a.has(alias))).toEqual([]);
    await services.shutdown();
  });

  it('regenerating the scenes with a new seed gives different scenes that still use the named people and place', async () => {
    const services = pipelineServices();
    const { id } = await services.projects.create('Heist', 'short-film', { seed: 5 });
    const session = await services.projects.open(id);
    const first = await services.pipeline.start(id, paramsFromIdea(IDEA, 'short-film', 5));
    expect((await first.done).status).toBe('done');
    const scenesText = () =>
      session.file.entities.scenes
        .map((s) => [s.heading, s.summary, ...s.elements.map((e) => e.text)].join(' '))
        .join(' | ');
    const before = scenesText();
    const again = await (
      await services.pipeline.start(id, paramsFromIdea(IDEA, 'short-film', 77), { from: 'scene_breakdown' })
    ).done;
    expect(again.status).toBe('done');
    const after = scenesText();
    expect(after).not.toEqual(before);
    const { characters, scenes } = session.file.entities;
    const named = characters.filter((c) => c.name === 'Rosa' || c.name === 'Inês').map((c) => c.id);
    expect(named).toHaveLength(2);
    expect(scenes.every((s) => s.characterIds.some((cid) => named.includes(cid)))).toBe(true);
    expect(scenes.some((s) => s.heading.includes('LISBON'))).toBe(true);
    expect(after).toMatch(/Rosa/);
    await services.shutdown();
  });
});
