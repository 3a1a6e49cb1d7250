// SettingsService end to end: file in the app dir, key never exposed, validation, Test connection, brain choice.
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsService, SETTINGS_FILE } from '../../../src-main/settings/settings-service';
import { MemorySecretStore } from '../../../src-main/settings/secret-store';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server';
import { listTree, makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeTempDirs();
});

describe('SettingsService', () => {
  it('starts offline, persists updates in the app dir and survives a reopen', async () => {
    const appDir = makeTempDir();
    const service = await SettingsService.open({ appDir });
    expect(await service.get()).toMatchObject({ provider: 'offline', hasApiKey: false });
    expect((await service.brain()).id).toBe('offline');
    await service.update({ provider: 'lmstudio', timeoutMs: 30_000 });
    const reopened = await SettingsService.open({ appDir });
    expect(await reopened.get()).toMatchObject({
      provider: 'lmstudio',
      baseURL: 'http://127.0.0.1:1234/v1',
      timeoutMs: 30_000,
    });
    expect((await reopened.brain()).id).toBe('openai');
  });

  it('never returns or writes the key to settings; stores it 0600 in secrets.json', async () => {
    const appDir = makeTempDir();
    const service = await SettingsService.open({ appDir });
    await service.update({ provider: 'openai' });
    const view = await service.setApiKey('sk-secret-123');
    expect(view.hasApiKey).toBe(true);
    expect(JSON.stringify(view)).not.toContain('sk-secret-123');
    expect(readFileSync(join(appDir, SETTINGS_FILE), 'utf8')).not.toContain('sk-secret-123');
    if (process.platform !== 'win32') expect(statSync(join(appDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect((await service.setApiKey(null)).hasApiKey).toBe(false);
  });

  it('rejects invalid updates with SETTINGS_INVALID and keeps the old settings', async () => {
    const service = await SettingsService.open({ appDir: makeTempDir(), secrets: new MemorySecretStore() });
    await expect(
      service.update({ provider: 'custom', baseURL: 'ftp://x', model: 'm' }),
    ).rejects.toMatchObject({ code: 'SETTINGS_INVALID', message: expect.stringContaining('baseURL') });
    await expect(service.update({ timeoutMs: 'soon' })).rejects.toMatchObject({ code: 'SETTINGS_INVALID' });
    await expect(service.update({ apiKey: 'sk' })).rejects.toMatchObject({ code: 'SETTINGS_INVALID' });
    await expect(service.setApiKey('sk with spaces')).rejects.toMatchObject({ code: 'SETTINGS_INVALID' });
    expect(await service.get()).toMatchObject({ provider: 'offline' });
  });

  it('sets a corrupt settings file aside and starts from defaults', async () => {
    const appDir = makeTempDir();
    writeFileSync(join(appDir, SETTINGS_FILE), '{"provider": "openai", "base');
    const service = await SettingsService.open({ appDir });
    expect(await service.get()).toMatchObject({ provider: 'offline' });
    expect(readdirSync(appDir).some((n) => n.startsWith(`${SETTINGS_FILE}.corrupt-`))).toBe(true);
  });

  it('refuses an app dir inside a project and leaves the project untouched', async () => {
    const project = makeTempDir();
    writeFileSync(join(project, 'project.json'), '{}');
    const before = listTree(project);
    await expect(SettingsService.open({ appDir: join(project, 'settings') })).rejects.toMatchObject({
      code: 'APP_DIR_IN_PROJECT',
    });
    expect(listTree(project)).toEqual(before);
    expect(existsSync(join(project, 'settings', 'secrets.json'))).toBe(false);
  });

  it('tests the connection with the stored key and remembers the capabilities for the brain', async () => {
    server = await startFakeOpenAiServer({
      apiKey: 'sk-good',
      models: ['fake-model'],
      defaultReply: reply.json({ ok: true }),
    });
    const service = await SettingsService.open({ appDir: makeTempDir(), secrets: new MemorySecretStore() });
    await service.update({ provider: 'custom', baseURL: server.baseURL, model: 'fake-model' });
    expect((await service.testConnection()).error?.code).toBe('PROBE_BAD_KEY');
    await service.setApiKey('sk-good');
    const result = await service.testConnection();
    expect(result.ok).toBe(true);
    expect((await service.get()).capabilities).toMatchObject({
      structuredMode: 'json_schema',
      streamUsage: true,
      model: 'fake-model',
    });
    // The brain now streams with usage and asks for json_schema, as probed.
    const before = server.chatRequests().length;
    const brain = await service.brain();
    await brain.reply('s', 'u', 'offline');
    expect(server.chatRequests()[before]?.body.stream_options).toEqual({ include_usage: true });
    expect(server.chatRequests()[before]?.headers.authorization).toBe('Bearer sk-good');
  });
});
