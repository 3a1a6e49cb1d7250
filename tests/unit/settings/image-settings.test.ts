// The image endpoint setting: validated fields, removed with null, its own key kept apart from the chat key.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsService, SETTINGS_FILE } from '../../../src-main/settings/settings-service';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterEach(removeTempDirs);

describe('image endpoint settings', () => {
  it('validates the address, model and size, with defaults for size and timeout', async () => {
    const service = await SettingsService.open({ appDir: makeTempDir() });
    expect(await service.imageEndpoint()).toBeUndefined();
    await expect(
      service.update({ image: { baseURL: 'ftp://x', model: 'gpt-image-1' } }),
    ).rejects.toMatchObject({
      code: 'SETTINGS_INVALID',
      message: expect.stringMatching(/http\(s\) address/),
    });
    await expect(
      service.update({ image: { baseURL: 'https://api.openai.com/v1', model: '' } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/image model/) });
    await expect(
      service.update({ image: { baseURL: 'https://api.openai.com/v1', model: 'dall-e-3', size: 'huge' } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/WIDTHxHEIGHT/) });
    const view = await service.update({ image: { baseURL: 'https://api.openai.com/v1', model: 'dall-e-3' } });
    expect(view.image).toEqual({
      baseURL: 'https://api.openai.com/v1',
      model: 'dall-e-3',
      size: '1024x1024',
      timeoutMs: 180_000,
      hasApiKey: false,
    });
    // The chat provider is untouched (still offline), and null removes the endpoint.
    expect(view.provider).toBe('offline');
    expect((await service.update({ image: null })).image).toBeUndefined();
  });

  it('stores the image key as a secret of its own, never in settings.json or the view', async () => {
    const appDir = makeTempDir();
    const service = await SettingsService.open({ appDir });
    await service.update({ provider: 'openai' });
    await service.update({ image: { baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-image-1' } });
    const view = await service.setApiKey('sk-image-only', 'image');
    expect(view).toMatchObject({ hasApiKey: false, image: { hasApiKey: true } });
    expect(JSON.stringify(view)).not.toContain('sk-image-only');
    expect(readFileSync(join(appDir, SETTINGS_FILE), 'utf8')).not.toContain('sk-image-only');
    expect(await service.imageEndpoint()).toMatchObject({ apiKey: 'sk-image-only', model: 'gpt-image-1' });
    // The chat key does not go to another server.
    await service.setApiKey(null, 'image');
    await service.setApiKey('sk-chat');
    expect((await service.imageEndpoint())?.apiKey).toBeUndefined();
    // …but it does when the image endpoint is the chat provider's own server.
    await service.update({ image: { baseURL: 'https://api.openai.com/v1/', model: 'gpt-image-1' } });
    expect((await service.imageEndpoint())?.apiKey).toBe('sk-chat');
  });

  it('loads settings files as earlier versions wrote them, the image key under its old secret name', async () => {
    const capabilities = {
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      structuredMode: 'json_schema',
      streamUsage: false,
      checkedAt: '2026-01-05T10:00:00.000Z',
    };
    // Written before the image endpoint existed: chat endpoint only.
    const chatOnly = {
      provider: 'ollama',
      baseURL: ' http://127.0.0.1:11434/v1 ',
      model: 'llama3.2',
      timeoutMs: 60_000,
      budgetUsd: 2,
      capabilities,
    };
    // Written with an image endpoint whose size and timeout were left to their defaults, and its key stored.
    const withImage = {
      provider: 'offline',
      baseURL: '',
      model: '',
      timeoutMs: 1_000,
      image: { baseURL: 'https://images.example.test/v1', model: 'gpt-image-1' },
    };
    const secrets = { version: 1, secrets: { 'api-key:image': { codec: 'plain', value: 'sk-old-image' } } };

    const chatDir = makeTempDir();
    writeFileSync(join(chatDir, SETTINGS_FILE), JSON.stringify(chatOnly));
    const chat = await SettingsService.open({ appDir: chatDir });
    const { capabilities: _probed, ...chatFields } = chatOnly;
    expect(await chat.get()).toMatchObject({
      ...chatFields,
      baseURL: 'http://127.0.0.1:11434/v1',
      hasApiKey: false,
    });
    expect(await chat.imageEndpoint()).toBeUndefined();

    const imageDir = makeTempDir();
    writeFileSync(join(imageDir, SETTINGS_FILE), JSON.stringify(withImage));
    writeFileSync(join(imageDir, 'secrets.json'), JSON.stringify(secrets), { mode: 0o600 });
    const image = await SettingsService.open({ appDir: imageDir });
    expect((await image.get()).image).toEqual({
      ...withImage.image,
      size: '1024x1024',
      timeoutMs: 180_000,
      hasApiKey: true,
    });
    expect(await image.imageEndpoint()).toMatchObject({ model: 'gpt-image-1', apiKey: 'sk-old-image' });
    // Neither file was taken for corrupt and set aside.
    for (const dir of [chatDir, imageDir])
      expect(readdirSync(dir).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });
});
