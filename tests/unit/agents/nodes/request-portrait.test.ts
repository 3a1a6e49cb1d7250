// "Make a portrait of Sarah" in chat: queued on the image endpoint and drawn, or an answer saying how to set one.
import { afterEach, describe, expect, it } from 'vitest';
import { offlineBrain } from '../../../../src-main/brains/offline/offline-brain';
import { asksForPortrait, portraitSubject } from '../../../../src-main/agents/nodes/request-portrait';
import { createServices, type Services } from '../../../../src-main/services';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

const opened: Services[] = [];
let fake: FakeOpenAiServer | undefined;
afterEach(async () => {
  for (const s of opened.splice(0)) await s.shutdown();
  await fake?.close();
  fake = undefined;
  removeTempDirs();
});

async function project(withEndpoint: boolean) {
  const s = createServices({
    root: makeTempDir('storyloom-chat-portrait-'),
    transport: 'cli',
    brain: offlineBrain,
    appDir: makeTempDir('storyloom-chat-portrait-app-'),
  });
  opened.push(s);
  if (withEndpoint) {
    fake = await startFakeOpenAiServer();
    await (await s.settings()).update({ image: { baseURL: fake.baseURL, model: 'dall-e-3' } });
  }
  const { id } = await s.projects.create('Chat portraits', 'short-film');
  const session = await s.projects.open(id);
  for (const name of ['Sarah Connor', 'Ben Okafor'])
    await session.createEntity('character', { name }, { via: 'manual' });
  return { s, id, session };
}

describe('portrait requests in chat', () => {
  it('recognises requests to draw a portrait, not questions about one', () => {
    for (const text of [
      'make a portrait of Sarah',
      "Draw Ben's portrait",
      'please generate a portrait for Ben',
    ])
      expect(asksForPortrait(text), text).toBe(true);
    for (const text of [
      'does Sarah have a portrait?',
      'Sarah hates having her portrait taken',
      'create a character',
    ])
      expect(asksForPortrait(text), text).toBe(false);
  });

  it('finds the character by name, first name, possessive or the one mentioned', async () => {
    const { session } = await project(false);
    const file = session.file;
    expect(portraitSubject(file, 'make a portrait of Sarah')?.name).toBe('Sarah Connor');
    expect(portraitSubject(file, 'make a portrait of Ben Okafor please')?.name).toBe('Ben Okafor');
    expect(portraitSubject(file, "draw Ben's portrait")?.name).toBe('Ben Okafor');
    expect(portraitSubject(file, 'draw a portrait, the one of sarah')?.name).toBe('Sarah Connor');
    expect(portraitSubject(file, 'draw a portrait')).toBeUndefined();
  });

  it('queues the portrait and draws it; the reply points to the Tasks drawer', async () => {
    const { s, id, session } = await project(true);
    const result = await s.chat.send(id, 'make a portrait of Sarah');
    expect(result.reply).toMatch(/Drawing the portrait of .*Sarah Connor.* with dall-e-3/);
    expect(result.queueTaskId).toBeDefined();
    expect((await s.queue.wait(result.queueTaskId!)).status).toBe('done');
    const sarah = session.file.entities.characters.find((c) => c.name === 'Sarah Connor')!;
    expect(sarah.portrait?.status).toBe('done');
    expect(sarah.portraitAssetId).toBeDefined();
  });

  it('without an image endpoint answers how to set one and queues nothing', async () => {
    const { s, id } = await project(false);
    const result = await s.chat.send(id, 'draw a portrait of Ben');
    expect(result.reply).toMatch(/can't draw Ben Okafor's portrait yet\. Set an image endpoint in Settings/);
    expect(result.queueTaskId).toBeUndefined();
    expect(await s.queue.list(id)).toEqual([]);
  });
});
