// appBrainSource: no settings file means the offline engine without opening the settings; a file is honoured.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appBrainSource } from '../../../src-main/settings/app-brain';
import { SETTINGS_FILE } from '../../../src-main/settings/app-data-dir';

function dirs(): { root: string; appDir: string } {
  const base = mkdtempSync(join(tmpdir(), 'storyloom-app-brain-'));
  const root = join(base, 'projects');
  const appDir = join(base, 'app');
  mkdirSync(root);
  mkdirSync(appDir);
  return { root, appDir };
}

describe('appBrainSource', () => {
  it('selects the offline engine when there is no settings file, and writes none', async () => {
    const { root, appDir } = dirs();
    const brain = await appBrainSource({ root, appDir }).brain();
    expect(brain.id).toBe('offline');
    expect(existsSync(join(appDir, SETTINGS_FILE))).toBe(false);
  });

  it('selects the model brain a settings file names', async () => {
    const { root, appDir } = dirs();
    const settings = {
      provider: 'ollama',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      timeoutMs: 20_000,
    };
    writeFileSync(join(appDir, SETTINGS_FILE), JSON.stringify(settings));
    expect((await appBrainSource({ root, appDir }).brain()).id).toBe('openai');
  });

  it('follows settings opened in the same process even before they reach the disk', async () => {
    const { root, appDir } = dirs();
    const source = appBrainSource({ root, appDir });
    const service = await source.settings();
    await service.update({ provider: 'ollama', baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.2' });
    expect((await source.brain()).id).toBe('openai');
  });
});
