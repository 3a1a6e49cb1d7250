// Stepping into a simulated scene through the chat (issue 12): pause, continue, speak as a character, direct
// ("John walks out"), stop, and save the scene into the script with its dialogue.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { requestSimulationPause } from '../../../../src-main/agents/simulation/pause-requests';
import { controlIn } from '../../../../src-main/agents/simulation/simulation-controls';
import type { Simulation } from '../../../../src-preload/contract/simulation';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, only, type ChatHarness } from '../../chat/chat-harness';

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

async function castOfTwo() {
  const h = await openChat();
  open.push(h);
  await h.send('Create a character named Sarah');
  await h.send('Create a character named John');
  await h.send('Sarah and John are friends');
  return { h, sarah: await only(h, 'Sarah'), john: await only(h, 'John') };
}

describe('simulation controls in the chat (issue 12)', () => {
  it('pauses, takes a line from the user as John, lets Sarah answer, then continues to the end', async () => {
    const { h, sarah, john } = await castOfTwo();
    requestSimulationPause(h.projectId);
    const paused = (await h.send('Have Sarah confront John about the missing money')).simulation!;
    expect(paused.status).toBe('paused');
    expect(paused.turns).toHaveLength(1);
    expect(paused.resume).toBeDefined();

    const stepped = (await h.send('John: I never touched your money!')).simulation!;
    const mine = stepped.turns[1]!;
    expect(mine).toMatchObject({
      by: 'user',
      characterId: john.id,
      speaker: 'John',
      text: 'I never touched your money!',
    });
    // Sarah answers the user's line, in the engine's voice.
    expect(stepped.turns[2]).toMatchObject({ characterId: sarah.id });
    expect(stepped.turns[2]!.by).toBeUndefined();
    expect(stepped.changes.some((c) => c.reason.startsWith('John: “I never touched your money!”'))).toBe(
      true,
    );
    // Earlier turns are kept as they were.
    expect(stepped.turns[0]).toEqual(paused.turns[0]);
    expect(['pending', 'paused']).toContain(stepped.status);
    if (stepped.status === 'paused') {
      const more = (await h.send('continue')).simulation!;
      expect(more.turns.length).toBeGreaterThan(stepped.turns.length);
    }
  });

  it('"John walks out" ends the scene as the director; stop holds; the scene saves into the script', async () => {
    const { h, sarah, john } = await castOfTwo();
    requestSimulationPause(h.projectId);
    const paused = (await h.send('Have Sarah confront John about the missing money')).simulation!;
    const out = (await h.send('John walks out')).simulation!;
    expect(out.turns).toHaveLength(paused.turns.length + 1);
    expect(out.turns.at(-1)).toMatchObject({ by: 'director', speaker: 'Director', characterId: john.id });
    expect(out).toMatchObject({ status: 'pending', ending: 'stopped' });
    expect(out.resume).toBeUndefined();
    // Walking out is a rejection: it costs the relationship, with the direction as the reason.
    const exit = out.changes.at(-1)!;
    expect(exit.reason).toMatch(/^Director: “John walks out\.”/);
    expect(exit.dStrength).toBeLessThan(0);
    expect((await h.send('continue')).reply).toMatch(/already ended/);

    const scenesBefore = (await h.file()).entities.scenes.length;
    const saved = await h.send('save it as a scene');
    const sim = saved.simulation as Simulation;
    const scenes = (await h.file()).entities.scenes;
    expect(scenes).toHaveLength(scenesBefore + 1);
    const scene = scenes.find((s) => s.id === sim.savedSceneId)!;
    expect(scene.characterIds.sort()).toEqual([sarah.id, john.id].sort());
    expect(scene.elements.map((e) => e.type)).toEqual(
      out.turns.map((t) => (t.by === 'director' ? 'action' : 'dialogue')),
    );
    expect(scene.elements[0]).toMatchObject({
      type: 'dialogue',
      characterId: sarah.id,
      text: out.turns[0]!.text,
    });
    // Saving is its own step; the scene's changes still wait for keep or discard.
    expect(sim.status).toBe('pending');
    expect((await h.send('keep the scene')).simulation?.status).toBe('kept');
    // The kept changes sit at the saved scene in story time.
    const rel = (await h.relationships())[0]!;
    expect(
      rel.history
        .slice(-out.changes.length)
        .every((e) => e.sceneId === scene.id && e.storyOrder === scene.number),
    ).toBe(true);
  });

  it('stop ends a paused scene where it is; its changes then wait for keep or discard', async () => {
    const { h } = await castOfTwo();
    requestSimulationPause(h.projectId);
    const paused = (await h.send('Have Sarah confront John about the missing money')).simulation!;
    const stopped = (await h.send('stop')).simulation!;
    expect(stopped).toMatchObject({ status: 'pending', ending: 'stopped', turns: paused.turns });
    expect(stopped.resume).toBeUndefined();
    const before = await h.relationships();
    expect((await h.send('discard it')).simulation?.status).toBe('discarded');
    expect(await h.relationships()).toEqual(before);
  });

  it('reads the controls from chat words only while a scene waits', () => {
    const sim = {
      participants: [
        { characterId: 's', name: 'Sarah Connor' },
        { characterId: 'j', name: 'John' },
      ],
    } as Simulation;
    expect(controlIn('pause', sim)).toEqual({ action: 'pause' });
    expect(controlIn('Continue the scene', sim)).toEqual({ action: 'resume' });
    expect(controlIn('stop here', sim)).toEqual({ action: 'stop' });
    expect(controlIn('save it as a scene', sim)).toEqual({ action: 'save' });
    expect(controlIn('Sarah: "Give it back."', sim)).toEqual({
      action: 'say',
      characterId: 's',
      text: 'Give it back.',
    });
    expect(controlIn('as John, say I was scared', sim)).toEqual({
      action: 'say',
      characterId: 'j',
      text: 'I was scared',
    });
    expect(controlIn('Sarah walks out', sim)).toEqual({ action: 'direct', text: 'Sarah walks out' });
    expect(controlIn('director: the lights go out', sim)).toEqual({
      action: 'direct',
      text: 'the lights go out',
    });
    expect(controlIn('Maya: hello', sim)).toBeUndefined();
    expect(controlIn('Create a character named Tom', sim)).toBeUndefined();
  });
});
