// `storyloom chat --json` reports the model's trouble: the fallback notices are in the JSON (issue 8, finding 9).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import type { CliIo } from '../../../src-main/cli/cli-types';
import { SettingsService } from '../../../src-main/settings/settings-service';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

let fake: FakeOpenAiServer | undefined;
const savedAppDir = process.env.STORYLOOM_APP_DIR;

afterEach(async () => {
  await fake?.close();
  if (savedAppDir === undefined) delete process.env.STORYLOOM_APP_DIR;
  else process.env.STORYLOOM_APP_DIR = savedAppDir;
});
afterAll(removeTempDirs);

async function cli(argv: string[], root: string): Promise<{ code: number; stdout: string[] }> {
  const stdout: string[] = [];
  const io: CliIo = { stdout: (t) => stdout.push(t), stderr: () => undefined, isTty: false, env: {} };
  const code = await runCli([...argv, '--dir', root], io);
  return { code, stdout };
}

describe('storyloom chat --json', () => {
  it('prints a notices array with the offline fallback when the model server fails', async () => {
    fake = await startFakeOpenAiServer({ defaultReply: reply.error(500, { retryAfterMs: 5 }) });
    const appDir = makeTempDir('storyloom-app-');
    const root = makeTempDir('storyloom-root-');
    process.env.STORYLOOM_APP_DIR = appDir;
    const settings = await SettingsService.open({ appDir, projectsRoot: root });
    await settings.update({
      provider: 'custom',
      baseURL: fake.baseURL,
      model: 'fake',
      timeoutMs: 2_000,
    });
    const made = JSON.parse((await cli(['new', '--name', 'Notices', '--json'], root)).stdout.at(-1)!) as {
      projectId: string;
    };
    const turn = await cli(['chat', made.projectId, "I'm not sure where to start, honestly", '--json'], root);
    const json = JSON.parse(turn.stdout.at(-1)!) as { notices?: string[]; reply: string };
    expect(json.notices).toEqual(expect.arrayContaining([expect.stringMatching(/offline/i)]));
    expect(json.reply.length).toBeGreaterThan(0);
  });
});
