// `storyloom settings image` and `storyloom portrait`: set the image endpoint, draw a portrait, explain when unset.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { runCliIn } from '../../../fixtures/cli-run';
import { openFreshProject } from '../../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

let fake: FakeOpenAiServer;
const appDirBefore = process.env.STORYLOOM_APP_DIR;
beforeAll(async () => {
  // Settings of this file only (the CLI reads the app dir from the environment).
  process.env.STORYLOOM_APP_DIR = makeTempDir('storyloom-portrait-cli-app-');
  fake = await startFakeOpenAiServer({ apiKey: 'sk-cli-image' });
});
afterAll(async () => {
  process.env.STORYLOOM_APP_DIR = appDirBefore;
  await fake.close();
  removeTempDirs();
});

/** `storyloom settings image` pointed at the fake images API, its key read from IMG_KEY (`extra` flags, `env` vars). */
function setImageEndpoint(root: string, extra: string[], env: NodeJS.ProcessEnv = {}) {
  const flags = ['--base-url', fake.baseURL, '--model', 'gpt-image-1', '--api-key-env', 'IMG_KEY'];
  return runCliIn(root, ['settings', 'image', ...flags, ...extra], env);
}

describe('storyloom portrait', () => {
  it('explains how to set an image endpoint, then draws the portrait once one is set', async () => {
    const { root, repo, session, projectId, dir } = await openFreshProject('CLI portraits', makeTempDir());
    await session.createEntity('character', { name: 'Sarah Connor', age: 34 }, { via: 'manual' });
    await repo.closeAll();

    const unset = await runCliIn(root, ['settings', 'image']);
    expect(unset.code).toBe(0);
    expect(unset.out).toMatch(/No image endpoint is set\. .*storyloom settings image --base-url/);
    const refused = await runCliIn(root, ['portrait', projectId, 'Sarah', '--json']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/No image endpoint is set.*Settings → Image endpoint/);

    // IMG_KEY unset: refused before anything is saved.
    const missingKey = await setImageEndpoint(root, []);
    expect(missingKey.code).toBe(2);
    expect(missingKey.err).toMatch(/IMG_KEY is empty or not set/);
    expect((await runCliIn(root, ['settings', 'image', '--json'])).out).toBe('{"image":null}');
    const set = await setImageEndpoint(root, ['--size', '512x512', '--json'], { IMG_KEY: 'sk-cli-image' });
    expect(set.code, set.err).toBe(0);
    expect(JSON.parse(set.out)).toEqual({
      image: {
        baseURL: fake.baseURL,
        model: 'gpt-image-1',
        size: '512x512',
        timeoutMs: 180_000,
        hasApiKey: true,
      },
    });

    const drawn = await runCliIn(root, ['portrait', projectId, 'Sarah', '--json']);
    expect(drawn.code, drawn.err).toBe(0);
    const result = JSON.parse(drawn.out) as { status: string; assetId: string; characterId: string };
    expect(result).toMatchObject({ projectId, status: 'done' });
    expect(existsSync(join(dir, 'assets', result.assetId))).toBe(true);
    expect(fake.imageRequests().at(-1)!.body).toMatchObject({ size: '512x512', model: 'gpt-image-1' });

    fake.scriptImages({ kind: 'error', status: 401, message: 'Incorrect API key provided.' });
    const failed = await runCliIn(root, ['portrait', projectId, 'Sarah Connor']);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/refused the API key \(401\).*Paste a valid API key/);
  });
});
