// Chat understanding of scenes and places: slugline scenes with their place and cast, counted scenes and shots,
// interior/exterior cues on locations (issue 10, part 4), through the real services with the offline brain.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { openChat, type ChatHarness } from './chat-harness';

const open: ChatHarness[] = [];
const track = (h: ChatHarness): ChatHarness => (open.push(h), h);
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('scenes named by their slugline', () => {
  it('links a new interior location, the time and the known cast; an unknown name is reported, not invented (failed before: heading "INT", no place or cast)', async () => {
    const h = track(await openChat());
    await h.send('Create a character named Sarah, 28, journalist');
    const result = await h.send('add a scene INT. DINER - NIGHT where Sarah meets Tom');
    expect(result.intent).toBe('create');
    const file = await h.file();
    expect(file.entities.scenes).toHaveLength(1);
    const scene = file.entities.scenes[0]!;
    const diner = file.entities.locations.find((l) => l.id === scene.locationId);
    expect(scene).toMatchObject({ heading: 'INT. DINER - NIGHT', timeOfDay: 'NIGHT', number: 1 });
    expect(diner).toMatchObject({ name: 'Diner', setting: 'interior' });
    const sarah = file.entities.characters.find((c) => c.name === 'Sarah')!;
    expect(scene.characterIds).toEqual([sarah.id]);
    expect(file.entities.characters.map((c) => c.name)).toEqual(['Sarah']);
    expect(result.reply).toContain('Tom is not in the project');

    // The same place again is linked, not duplicated; people the message introduces are created with it.
    await h.send('add a scene EXT. DINER - DAY where Sarah meets a trucker named Tom');
    const after = await h.file();
    expect(after.entities.locations.map((l) => l.name)).toEqual(['Diner']);
    const tom = after.entities.characters.find((c) => c.name === 'Tom');
    expect(tom?.occupation).toBe('trucker');
    expect(after.entities.scenes[1]).toMatchObject({
      number: 2,
      heading: 'EXT. DINER - DAY',
      locationId: diner!.id,
      characterIds: [sarah.id, tom!.id],
    });
  });
});

describe('scenes described in words', () => {
  it('a scene set somewhere gets a slugline heading and a linked place; its words are the summary (failed before: heading "SARAH MEETS JOHN", no place)', async () => {
    const h = track(await openChat());
    await h.send('Create a character named Sarah, 28, journalist');
    await h.send('add a scene where Sarah meets John at the diner at night');
    const file = await h.file();
    const scene = file.entities.scenes[0]!;
    const diner = file.entities.locations.find((l) => l.id === scene.locationId);
    expect(diner?.name).toBe('Diner');
    expect(scene.heading).toBe('INT. DINER - NIGHT');
    expect(scene.summary).toContain('Sarah meets John');
    expect(scene.characterIds).toEqual([file.entities.characters[0]!.id]);
  });
});

describe('counted requests create the type asked', () => {
  it('"create 3 scenes" makes scenes in the project\'s places with its cast (failed before: made 3 characters)', async () => {
    const h = track(await openChat());
    await h.send('Create a character named Sarah, 28, journalist');
    await h.send('Create a character named Tom, 40, trucker');
    await h.send('create a location called the Old Pier, exterior');
    const result = await h.send('create 3 scenes');
    expect(result.intent).toBe('bulk_create');
    await h.services.queue.wait(result.queueTaskId!);
    const file = await h.file();
    expect(file.entities.characters).toHaveLength(2);
    expect(file.entities.scenes.map((s) => s.number)).toEqual([1, 2, 3]);
    const pier = file.entities.locations[0]!;
    for (const scene of file.entities.scenes) {
      expect(scene.heading).toMatch(/^EXT\. THE OLD PIER - (?:DAY|NIGHT)$/);
      expect(scene.locationId).toBe(pier.id);
      expect(scene.characterIds).toHaveLength(2);
    }
    expect(result.reply).toContain('Creating 3 scenes');
    expect(result.reply).toContain('scene 1 EXT. THE OLD PIER');
  });

  it('"make 4 shots for scene 2" attaches four shots to scene 2; without a number they go to the last scene (failed before: made characters)', async () => {
    const h = track(await openChat());
    const scenes = await h.send('add 2 scenes');
    await h.services.queue.wait(scenes.queueTaskId!);
    const shots = await h.send('make 4 shots for scene 2');
    await h.services.queue.wait(shots.queueTaskId!);
    let file = await h.file();
    const [one, two] = [...file.entities.scenes].sort((a, b) => a.number - b.number);
    expect(file.entities.shots.map((s) => [s.sceneId, s.number])).toEqual(
      [1, 2, 3, 4].map((n) => [two!.id, n]),
    );
    // An empty project gets places drafted with the scenes, so every scene still has a location.
    expect(file.entities.characters).toHaveLength(0);
    const places = new Set(file.entities.locations.map((l) => l.id));
    expect([one!.locationId, two!.locationId].every((id) => id && places.has(id))).toBe(true);
    const more = await h.send('add 2 shots');
    await h.services.queue.wait(more.queueTaskId!);
    file = await h.file();
    expect(file.entities.shots.filter((s) => s.sceneId === two!.id).map((s) => s.number)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    const missing = await h.send('make 2 shots for scene 9');
    expect(missing.reply).toContain('no scene 9');
    expect((await h.file()).entities.shots).toHaveLength(6);
  });
});
