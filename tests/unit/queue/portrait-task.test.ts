// Portraits through the task queue against the fake images API: status on the character, the asset, the archive, failures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueProgressEvent } from '../../../src-preload/contract/events';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { exportProject, importProject } from '../../../src-main/formats/archive/project-transfer';
import { readArchive } from '../../../src-main/formats/archive/read-archive';
import { characterHandlers } from '../../../src-main/services/character-handlers';
import { queueHandlers } from '../../../src-main/queue/queue-handlers';
import { createServices, type Services } from '../../../src-main/services';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server';
import { solidPng } from '../../fakes/fake-png';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const opened: Services[] = [];
const servers: FakeOpenAiServer[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.shutdown();
  for (const f of servers.splice(0)) await f.close();
  removeTempDirs();
});

const KEY = 'sk-image-test';
const CLI = { transport: 'cli' as const };

/** Services with an image endpoint on a fresh fake (unless `endpoint: false`), and a project holding Sarah. */
async function setup(options: { endpoint?: boolean; storeKey?: boolean; baseSuffix?: string } = {}) {
  const fake = await startFakeOpenAiServer({ apiKey: KEY });
  servers.push(fake);
  const root = makeTempDir('storyloom-portrait-');
  const s = createServices({
    root,
    transport: 'cli',
    brain: offlineBrain,
    appDir: makeTempDir('storyloom-portrait-app-'),
    imageBackoffMs: 5,
  });
  opened.push(s);
  const settings = await s.settings();
  if (options.endpoint !== false) {
    await settings.update({
      image: {
        baseURL: `${fake.baseURL}${options.baseSuffix ?? ''}`,
        model: 'gpt-image-1',
        size: '1024x1024',
      },
    });
    if (options.storeKey !== false) await settings.setApiKey(KEY, 'image');
  }
  const { id } = await s.projects.create('Portraits', 'short-film');
  const session = await s.projects.open(id);
  const sarah = (
    await session.createEntity(
      'character',
      {
        name: 'Sarah Connor',
        age: 34,
        gender: 'female',
        occupation: 'waitress',
        role: 'protagonist',
        appearance: 'Lean build, dark hair tied back.',
        description: 'She keeps her temper. Short brown jacket over a diner uniform.',
      },
      { via: 'manual' },
    )
  ).entity.id;
  const progress: QueueProgressEvent[] = [];
  s.events.subscribe((event, payload) => {
    if (event === 'queue:progress') progress.push(payload as QueueProgressEvent);
  });
  return { s, fake, id, session, sarah, progress, handlers: characterHandlers(s), queue: queueHandlers(s) };
}

const characterOf = (ctx: Awaited<ReturnType<typeof setup>>) =>
  ctx.session.file.entities.characters.find((c) => c.id === ctx.sarah)!;

describe('portrait task', () => {
  it('draws the portrait through the queue: status done, the image stored as an asset and carried by the archive', async () => {
    const ctx = await setup();
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    expect(characterOf(ctx).portrait).toMatchObject({ status: 'queued', taskId });
    const outcome = await ctx.s.queue.wait(taskId);
    expect(outcome.status).toBe('done');

    const sarah = characterOf(ctx);
    expect(sarah.portrait).toMatchObject({ status: 'done', taskId, model: 'gpt-image-1' });
    expect(sarah.portraitAssetId).toMatch(/^[0-9A-Z]{26}\.png$/);
    const stored = readFileSync(join(ctx.session.dir, 'assets', sarah.portraitAssetId!));
    expect(stored.equals(solidPng(16, 16))).toBe(true);
    // The person is not marked as hand-edited by the agent's status changes.
    expect(sarah.userEdited).not.toBe(true);

    // The request follows the OpenAI images API and carries only the character's own facts.
    const [request] = ctx.fake.imageRequests();
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request!.body).toMatchObject({
      model: 'gpt-image-1',
      size: '1024x1024',
      n: 1,
      response_format: 'b64_json',
    });
    const prompt = String(request!.body.prompt);
    expect(prompt).toContain('34-year-old woman who works as waitress');
    expect(prompt).toContain('Lean build, dark hair tied back.');
    expect(prompt).toContain('Short brown jacket over a diner uniform.');
    expect(prompt).not.toContain('She keeps her temper');
    expect(prompt).not.toContain('Sarah');

    // Progress went through the queue's events: queued, running, then done.
    expect(ctx.progress.filter((p) => p.taskId === taskId).map((p) => p.status)).toEqual([
      'queued',
      'running',
      'running',
      'done',
    ]);

    // The sheet shows it; the archive carries it, and an imported copy has the image too.
    const sheet = await ctx.handlers['character:sheet']({ projectId: ctx.id, characterId: ctx.sarah }, CLI);
    expect(sheet).toMatchObject({
      portraitAssetId: sarah.portraitAssetId,
      portrait: { status: 'done' },
      portraitEndpoint: { configured: true },
    });
    const archive = await exportProject(ctx.s.projects, ctx.id, 'test');
    const contents = readArchive(archive.bytes);
    expect(contents.assets.get(`assets/${sarah.portraitAssetId}`)?.length).toBe(stored.length);
    const copy = await importProject(ctx.s.projects, archive.bytes);
    const imported = (await ctx.s.projects.open(copy.id)).file.entities.characters[0]!;
    expect(imported.portrait?.status).toBe('done');
    expect(existsSync(join(copy.path, 'assets', imported.portraitAssetId!))).toBe(true);
  });

  it('fails with a readable error when the key is refused, and keeps the previous portrait and everything else', async () => {
    const ctx = await setup();
    const first = await ctx.handlers['character:portrait'](
      { projectId: ctx.id, characterId: ctx.sarah },
      CLI,
    );
    await ctx.s.queue.wait(first.taskId);
    const before = characterOf(ctx);
    await (await ctx.s.settings()).setApiKey('sk-wrong', 'image');

    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    const outcome = await ctx.s.queue.wait(taskId);
    expect(outcome.status).toBe('failed');
    const after = characterOf(ctx);
    expect(after.portrait).toMatchObject({ status: 'failed', taskId });
    expect(after.portrait?.error).toMatch(/refused the API key \(401\)/);
    expect(after.portrait?.remedy).toMatch(/Settings → Image endpoint/);
    // Nothing lost: the earlier image, the character's fields, its asset file.
    expect(after.portraitAssetId).toBe(before.portraitAssetId);
    expect(after).toMatchObject({ name: 'Sarah Connor', age: 34, occupation: 'waitress' });
    expect(existsSync(join(ctx.session.dir, 'assets', before.portraitAssetId!))).toBe(true);
    // A refused key is not retried; the tasks drawer shows the reason and what to do.
    expect(ctx.fake.imageRequests()).toHaveLength(2);
    const [task] = await ctx.queue['queue:list']({ projectId: ctx.id }, CLI);
    expect(task).toMatchObject({ taskId, status: 'failed' });
    expect(task!.failed[0]!.error).toMatch(/refused the API key.*Paste a valid API key/);

    // With the key fixed, retrying the task draws the portrait.
    await (await ctx.s.settings()).setApiKey(KEY, 'image');
    await ctx.queue['queue:retry']({ projectId: ctx.id, taskId }, CLI);
    expect(characterOf(ctx).portrait?.status).toBe('queued');
    expect((await ctx.s.queue.wait(taskId)).status).toBe('done');
    expect(characterOf(ctx).portraitAssetId).not.toBe(before.portraitAssetId);
  });

  it('retries server errors, then fails saying so; a reply without an image is not retried', async () => {
    const ctx = await setup();
    ctx.fake.scriptImages(
      { kind: 'error', status: 500 },
      { kind: 'error', status: 503 },
      { kind: 'error', status: 500, message: 'GPU on fire' },
    );
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    expect((await ctx.s.queue.wait(taskId)).status).toBe('failed');
    expect(ctx.fake.imageRequests()).toHaveLength(3);
    expect(characterOf(ctx).portrait?.error).toMatch(/kept failing \(HTTP 500\): GPU on fire/);
    expect(characterOf(ctx).portraitAssetId).toBeUndefined();

    ctx.fake.scriptImages({ kind: 'not_image' });
    const second = await ctx.handlers['character:portrait'](
      { projectId: ctx.id, characterId: ctx.sarah },
      CLI,
    );
    expect((await ctx.s.queue.wait(second.taskId)).status).toBe('failed');
    expect(ctx.fake.imageRequests()).toHaveLength(4);
    expect(characterOf(ctx).portrait?.error).toMatch(/not a PNG, JPEG, GIF or WebP image/);
    expect(characterOf(ctx).portrait?.remedy).toMatch(/images\/generations/);
  });

  it('accepts an image given as a link (data[0].url)', async () => {
    const ctx = await setup();
    ctx.fake.scriptImages({ kind: 'url', png: solidPng(8, 8, '#ff0000') });
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    expect((await ctx.s.queue.wait(taskId)).status).toBe('done');
    const asset = characterOf(ctx).portraitAssetId!;
    expect(readFileSync(join(ctx.session.dir, 'assets', asset)).equals(solidPng(8, 8, '#ff0000'))).toBe(true);
  });

  it('says the endpoint has no images API when the address is wrong (404)', async () => {
    const ctx = await setup({ baseSuffix: '/nope' });
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    await ctx.s.queue.wait(taskId);
    expect(characterOf(ctx).portrait).toMatchObject({ status: 'failed' });
    expect(characterOf(ctx).portrait?.error).toMatch(
      /has no images API at .*\/nope\/images\/generations \(404\)/,
    );
    expect(characterOf(ctx).portrait?.remedy).toMatch(/Check the image endpoint address/);
  });

  it('cancels a portrait in progress at once, and a retry draws it', async () => {
    const ctx = await setup();
    ctx.fake.scriptImages({ kind: 'hang' });
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    // Wait until the request is at the server, then cancel.
    while (ctx.fake.imageRequests().length === 0) await new Promise((r) => setTimeout(r, 5));
    // A second request for the same character joins the running task.
    const again = await ctx.handlers['character:portrait'](
      { projectId: ctx.id, characterId: ctx.sarah },
      CLI,
    );
    expect(again.taskId).toBe(taskId);
    expect(await ctx.queue['queue:cancel']({ taskId }, CLI)).toEqual({ cancelled: true });
    expect((await ctx.s.queue.wait(taskId)).status).toBe('cancelled');
    expect(characterOf(ctx).portrait).toMatchObject({ status: 'cancelled', taskId });
    await ctx.queue['queue:retry']({ projectId: ctx.id, taskId }, CLI);
    expect((await ctx.s.queue.wait(taskId)).status).toBe('done');
    expect(characterOf(ctx).portrait?.status).toBe('done');
  });

  it('without an image endpoint queues nothing, says how to set one, and the drawn card stays', async () => {
    const ctx = await setup({ endpoint: false });
    await expect(
      ctx.handlers['character:portrait']({ projectId: ctx.id, characterId: ctx.sarah }, CLI),
    ).rejects.toMatchObject({
      code: 'IMAGE_ENDPOINT_MISSING',
      remedy: expect.stringMatching(/Settings → Image endpoint/),
    });
    expect(await ctx.s.queue.list(ctx.id)).toEqual([]);
    expect(characterOf(ctx).portrait).toBeUndefined();
    const sheet = await ctx.handlers['character:sheet']({ projectId: ctx.id, characterId: ctx.sarah }, CLI);
    expect(sheet.portraitEndpoint).toEqual({
      configured: false,
      hint: expect.stringMatching(/storyloom settings image/),
    });
    expect(sheet.portraitSvg).toMatch(/^<svg/);
    expect(sheet.portraitAssetId).toBeUndefined();
  });

  it('sends the chat key when the image endpoint is the chat server and has no key of its own', async () => {
    const ctx = await setup({ storeKey: false });
    const settings = await ctx.s.settings();
    await settings.update({ provider: 'custom', baseURL: `${ctx.fake.baseURL}/`, model: 'fake-model' });
    await settings.setApiKey(KEY);
    const { taskId } = await ctx.handlers['character:portrait'](
      {
        projectId: ctx.id,
        characterId: ctx.sarah,
      },
      CLI,
    );
    expect((await ctx.s.queue.wait(taskId)).status).toBe('done');
    expect(ctx.fake.imageRequests()[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('shows a portrait whose task left the queue (an archive imported mid-way) as interrupted, and draws it again', async () => {
    const ctx = await setup();
    const at = new Date().toISOString();
    await ctx.session.updateEntity(
      'character',
      ctx.sarah,
      { portrait: { status: 'running', taskId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', updatedAt: at } },
      { via: 'agent' },
    );
    const sheet = await ctx.handlers['character:sheet']({ projectId: ctx.id, characterId: ctx.sarah }, CLI);
    expect(sheet.portrait).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
    const { taskId } = await ctx.handlers['character:portrait'](
      { projectId: ctx.id, characterId: ctx.sarah },
      CLI,
    );
    expect(taskId).not.toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect((await ctx.s.queue.wait(taskId)).status).toBe('done');
  });
});
