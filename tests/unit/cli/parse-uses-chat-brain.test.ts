// Issue 13: `storyloom parse` and the chat:parse handler use the brain the chat uses. Both failed before: they called
// the offline parser directly, so with a model selected an unsure message never reached the model.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chatHandlers } from '../../../src-main/services/chat-handlers';
import { createOpenAiBrain } from '../../../src-main/brains/openai/openai-brain';
import { runCli } from '../../../src-main/cli/run-cli';
import type { CliIo } from '../../../src-main/cli/cli-types';
import { createServices } from '../../../src-main/services';
import { SettingsService } from '../../../src-main/settings/settings-service';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

let fake: FakeOpenAiServer | undefined;
const savedAppDir = process.env.STORYLOOM_APP_DIR;
/** Rambling enough that the offline classifier is unsure, so a model brain asks the model. */
const UNSURE = 'hmm what would make the second act land better for the audience';
const MODEL_ANSWER = { intent: 'query', confidence: 0.8, params: { entityType: 'scene' } } as const;

afterEach(async () => {
  await fake?.close();
  if (savedAppDir === undefined) delete process.env.STORYLOOM_APP_DIR;
  else process.env.STORYLOOM_APP_DIR = savedAppDir;
});
afterAll(removeTempDirs);

describe('parse with a model selected', () => {
  it('chat:parse asks the model for an unsure message, like a chat turn would', async () => {
    fake = await startFakeOpenAiServer();
    fake.script(reply.json(MODEL_ANSWER));
    const brain = createOpenAiBrain({ baseURL: fake.baseURL, model: 'fake', timeoutMs: 2_000 });
    const services = createServices({
      root: makeTempDir('storyloom-root-'),
      transport: 'cli',
      brain,
      appDir: makeTempDir('storyloom-app-'),
    });
    const parsed = await chatHandlers(services, services.chat)['chat:parse'](
      { text: UNSURE },
      { transport: 'cli' },
    );
    expect(parsed).toEqual(MODEL_ANSWER);
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it('`storyloom parse` asks the model the settings select', async () => {
    fake = await startFakeOpenAiServer();
    fake.script(reply.json(MODEL_ANSWER));
    const appDir = makeTempDir('storyloom-app-');
    const root = makeTempDir('storyloom-root-');
    process.env.STORYLOOM_APP_DIR = appDir;
    const settings = await SettingsService.open({ appDir, projectsRoot: root });
    await settings.update({ provider: 'custom', baseURL: fake.baseURL, model: 'fake', timeoutMs: 2_000 });
    const stdout: string[] = [];
    const io: CliIo = { stdout: (t) => stdout.push(t), stderr: () => undefined, isTty: false, env: {} };
    expect(await runCli(['parse', UNSURE, '--json', '--dir', root], io)).toBe(0);
    expect(JSON.parse(stdout.at(-1) ?? '{}')).toEqual(MODEL_ANSWER);
    expect(fake.chatRequests()).toHaveLength(1);
  });
});
