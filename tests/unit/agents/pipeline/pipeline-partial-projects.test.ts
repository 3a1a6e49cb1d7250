// Acceptance: on partial projects the pipeline runs only the missing stages, uses and never overwrites the user's work.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planStages } from '../../../../src-main/agents/pipeline/plan-stages';
import type { RunRecord } from '../../../../src-main/agents/pipeline/run-record';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { normalizeProject, pipelineServices, ROBOT_IDEA, runIdea } from '../../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

const KIND = 'short-film';
const SEED = 5;
const params = paramsFromIdea(ROBOT_IDEA, KIND, SEED);
const manual = { via: 'manual' as const };

const recordPath = (dir: string, runId: string) => join(dir, 'runs', `${runId}.json`);
const readRecord = (dir: string, runId: string) =>
  JSON.parse(readFileSync(recordPath(dir, runId), 'utf8')) as RunRecord;

describe('pipeline on partial projects', () => {
  it("a project with the user's locations skips the location scout and sets every scene in them", async () => {
    const services = pipelineServices();
    const summary = await services.projects.create('Untitled film', KIND, { seed: SEED });
    const session = await services.projects.open(summary.id);
    const studio = (
      await session.createEntity('location', { name: 'Rooftop Studio', setting: 'interior' }, manual)
    ).entity.id;
    const junkyard = (
      await session.createEntity('location', { name: 'Scrap Yard', setting: 'exterior' }, manual)
    ).entity.id;
    expect(planStages(session.file)).not.toContain('location_scout');
    expect(planStages(session.file)).toContain('character_designer');

    const { runId, done } = await services.pipeline.start(summary.id, params);
    expect((await done).status).toBe('done');
    const record = readRecord(summary.path, runId);
    expect(record.plan).not.toContain('location_scout');
    expect(record.stages.location_scout).toBeUndefined();
    const e = session.file.entities;
    expect(e.locations.map((l) => l.id).sort()).toEqual([studio, junkyard].sort());
    expect(e.locations.find((l) => l.id === studio)).toMatchObject({
      name: 'Rooftop Studio',
      createdVia: 'manual',
    });
    expect(e.scenes.length).toBeGreaterThan(0);
    for (const scene of e.scenes) expect([studio, junkyard]).toContain(scene.locationId);
    // Both places are used, not just the first one.
    expect(new Set(e.scenes.map((s) => s.locationId)).size).toBe(2);
    await services.shutdown();
  });

  it('a project that already has a story, cast and scenes plans only what is missing', async () => {
    const { services, projectId, file } = await runIdea(KIND, SEED);
    expect(planStages(file)).toEqual([]);
    const session = await services.projects.open(projectId);
    // The user adds a scene: only its storyboard and the shot plan are missing.
    await session.createEntity(
      'scene',
      {
        number: 99,
        heading: 'EXT. ROOFTOP - NIGHT',
        characterIds: [file.entities.characters[0]!.id],
        locationId: file.entities.locations[0]!.id,
        durationSec: 30,
      },
      manual,
    );
    expect(planStages(session.file)).toEqual(['storyboard_artist', 'shot_planner']);
    expect(planStages(session.file, undefined, 'scene_breakdown')).toEqual([]);
    await services.shutdown();
  });

  it('a stage re-run after a crash between its commit and its checkpoint duplicates nothing and keeps user edits', async () => {
    const reference = await runIdea(KIND, SEED);
    await reference.services.shutdown();
    const fullPlan = readRecord(
      (await reference.services.projects.list())[0]!.path,
      reference.outcome.runId,
    ).plan;

    // The run got as far as committing the cast and the locations; the process died before those checkpoints.
    const services = pipelineServices();
    const summary = await services.projects.create('Untitled film', KIND, { seed: SEED });
    const first = await services.pipeline.start(summary.id, params, { upTo: 'location_scout' });
    expect((await first.done).status).toBe('done');
    const record = readRecord(summary.path, first.runId);
    delete record.stages.character_designer;
    delete record.stages.location_scout;
    writeFileSync(
      recordPath(summary.path, first.runId),
      JSON.stringify({ ...record, plan: fullPlan, status: 'running' }),
    );

    // Meanwhile the user rewrote one generated character by hand.
    const session = await services.projects.open(summary.id);
    const hero = session.file.entities.characters[0]!;
    await session.updateEntity(
      'character',
      hero.id,
      { description: 'Paints only at night, with borrowed brushes.' },
      manual,
    );
    const edited = session.file.entities.characters.find((c) => c.id === hero.id)!;

    const resumed = await services.pipeline.resume(summary.id, first.runId);
    expect((await resumed.done).status).toBe('done');
    const e = session.file.entities;
    expect(e.characters.length).toBe(reference.file.entities.characters.length);
    expect(e.locations.length).toBe(reference.file.entities.locations.length);
    expect(e.characters.find((c) => c.id === hero.id)).toEqual(edited);
    // Apart from the hand edit, the film is the uninterrupted one.
    const normal = normalizeProject(session.file);
    const expected = normalizeProject(reference.file);
    const withoutHero = (n: typeof normal) => ({
      ...n,
      entities: {
        ...n.entities,
        characters: n.entities.characters!.filter((c) => (c as { name: string }).name !== hero.name),
      },
    });
    expect(withoutHero(normal)).toEqual(withoutHero(expected));
    await services.shutdown();
  });

  it('"regenerate the scenes" keeps scene ids and user-edited scenes, marks shots stale and offers the storyboard', async () => {
    const { services, projectId } = await runIdea(KIND, SEED);
    const session = await services.projects.open(projectId);
    const file = structuredClone(session.file);
    const sceneIds = file.entities.scenes.map((s) => s.id).sort();
    const shotIds = file.entities.shots.map((s) => s.id).sort();
    const mine = [...file.entities.scenes].sort((a, b) => a.number - b.number)[1]!;
    await session.updateEntity('scene', mine.id, { summary: 'The robot hides its first canvas.' }, manual);
    const myScene = session.file.entities.scenes.find((s) => s.id === mine.id)!;

    // The user renames the lead, then asks for the scenes again: the new scenes are written for the new name.
    const lead =
      file.entities.characters.find((c) => c.role === 'protagonist') ?? file.entities.characters[0]!;
    await session.updateEntity('character', lead.id, { name: 'Marisol Quintero' }, manual);
    expect(planStages(session.file, 'scene_breakdown')).toEqual(['scene_breakdown']);
    const { runId, done } = await services.pipeline.start(projectId, params, { from: 'scene_breakdown' });
    const outcome = await done;
    expect(outcome.status).toBe('done');
    expect(outcome.remedies).toContainEqual({
      label: 'Regenerate the storyboard',
      command: 'regenerate the storyboard',
    });
    const record = readRecord(session.dir, runId);
    expect(record.plan).toEqual(['scene_breakdown']);

    const e = session.file.entities;
    expect(e.scenes.map((s) => s.id).sort()).toEqual(sceneIds);
    expect(e.scenes.find((s) => s.id === mine.id)).toEqual(myScene);
    // The other scenes were rewritten in place (same ids, so beats and shots still point at them).
    const rewritten = e.scenes.filter((s) => s.id !== mine.id);
    expect(rewritten.every((s) => s.updatedAt >= record.startedAt && !s.stale)).toBe(true);
    const speaks = (s: (typeof rewritten)[number]) =>
      s.elements.some((el) => el.characterId === lead.id && el.characterName === 'MARISOL QUINTERO');
    expect(rewritten.some(speaks)).toBe(true);
    for (const s of rewritten) expect(e.locations.some((l) => l.id === s.locationId)).toBe(true);
    expect(e.characters.length).toBe(file.entities.characters.length);
    // Shots are kept but flagged for review, not overwritten.
    expect(e.shots.map((s) => s.id).sort()).toEqual(shotIds);
    expect(e.shots.every((s) => s.stale === true)).toBe(true);
    expect(e.shots.every((s) => s.provenance.runId !== runId)).toBe(true);
    await services.shutdown();
  });
});
