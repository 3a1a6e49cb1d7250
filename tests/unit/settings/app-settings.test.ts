// Settings schema and patches: presets on provider switch, validation of addresses and models.
import { describe, expect, it } from 'vitest';
import {
  AppSettingsPatchSchema,
  AppSettingsSchema,
  applyPatch,
  DEFAULT_SETTINGS,
  PROVIDER_PRESETS,
} from '../../../src-main/settings/app-settings';

describe('app settings', () => {
  it('defaults to the offline engine', () => {
    expect(AppSettingsSchema.parse(DEFAULT_SETTINGS)).toEqual({
      provider: 'offline',
      baseURL: '',
      model: '',
      timeoutMs: 60_000,
    });
  });

  it('fills the preset address and model when the provider changes', () => {
    const next = applyPatch(DEFAULT_SETTINGS, AppSettingsPatchSchema.parse({ provider: 'ollama' }));
    expect(next).toMatchObject({
      provider: 'ollama',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
    });
    expect(PROVIDER_PRESETS.lmstudio.baseURL).toBe('http://127.0.0.1:1234/v1');
    expect(PROVIDER_PRESETS.llamacpp.baseURL).toBe('http://127.0.0.1:8080/v1');
    expect(PROVIDER_PRESETS.openai.baseURL).toBe('https://api.openai.com/v1');
    const custom = applyPatch(
      DEFAULT_SETTINGS,
      AppSettingsPatchSchema.parse({ provider: 'custom', baseURL: 'http://10.0.0.5:8000/v1', model: 'qwen' }),
    );
    expect(custom).toMatchObject({ baseURL: 'http://10.0.0.5:8000/v1', model: 'qwen' });
  });

  it('rejects a model provider without an http(s) address or a model', () => {
    const bad = AppSettingsSchema.safeParse({
      provider: 'custom',
      baseURL: 'not a url',
      model: '',
      timeoutMs: 60_000,
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['baseURL', 'model']);
  });

  it('rejects unknown keys, silly timeouts and a key smuggled into the patch', () => {
    expect(AppSettingsPatchSchema.safeParse({ timeoutMs: 5 }).success).toBe(false);
    expect(AppSettingsPatchSchema.safeParse({ apiKey: 'sk-1' }).success).toBe(false);
    expect(AppSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, apiKey: 'sk-1' }).success).toBe(false);
  });

  it('forgets probed capabilities when the endpoint or model changes, and removes the budget with null', () => {
    const base = {
      provider: 'ollama' as const,
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      timeoutMs: 60_000,
      budgetUsd: 2,
      capabilities: {
        baseURL: 'http://127.0.0.1:11434/v1',
        model: 'llama3.2',
        structuredMode: 'json_schema' as const,
        streamUsage: true,
        checkedAt: 'x',
      },
    };
    expect(applyPatch(base, AppSettingsPatchSchema.parse({ timeoutMs: 30_000 })).capabilities).toBeDefined();
    expect(applyPatch(base, AppSettingsPatchSchema.parse({ model: 'qwen2.5' })).capabilities).toBeUndefined();
    expect(applyPatch(base, AppSettingsPatchSchema.parse({ budgetUsd: null })).budgetUsd).toBeUndefined();
  });
});
