// selectBrain: offline for the offline provider; the model brain with key, price and capabilities otherwise.
import { describe, expect, it } from 'vitest';
import {
  apiKeySecretName,
  capabilitiesFor,
  openAiBrainSettings,
  selectBrain,
} from '../../../src-main/settings/select-brain';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../src-main/settings/app-settings';
import { MemorySecretStore } from '../../../src-main/settings/secret-store';

const ollama: AppSettings = {
  provider: 'ollama',
  baseURL: 'http://127.0.0.1:11434/v1',
  model: 'llama3.2',
  timeoutMs: 20_000,
};

describe('selectBrain', () => {
  it('returns the offline brain for the offline provider', async () => {
    expect((await selectBrain(DEFAULT_SETTINGS, new MemorySecretStore())).id).toBe('offline');
  });

  it('returns the OpenAI-compatible brain otherwise', async () => {
    expect((await selectBrain(ollama, new MemorySecretStore())).id).toBe('openai');
  });

  it('passes the provider key, a free price for local servers and safe capabilities without a probe', () => {
    expect(apiKeySecretName('openai')).toBe('api-key:openai');
    expect(openAiBrainSettings(ollama, undefined)).toEqual({
      baseURL: ollama.baseURL,
      model: 'llama3.2',
      timeoutMs: 20_000,
      maxRetries: 2,
      pricing: null,
    });
    const openai: AppSettings = {
      provider: 'openai',
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      timeoutMs: 60_000,
    };
    expect(openAiBrainSettings(openai, 'sk-1')).toMatchObject({
      apiKey: 'sk-1',
      capabilities: { structuredMode: 'json_schema', streamUsage: true },
    });
    expect(openAiBrainSettings(openai, 'sk-1')?.pricing).toBeUndefined();
  });

  it('uses probed capabilities only for the endpoint and model they were measured on', () => {
    const caps = {
      baseURL: ollama.baseURL,
      model: 'llama3.2',
      structuredMode: 'json_object' as const,
      streamUsage: false,
      checkedAt: 'x',
    };
    expect(capabilitiesFor({ ...ollama, capabilities: caps })).toEqual({
      structuredMode: 'json_object',
      streamUsage: false,
    });
    expect(capabilitiesFor({ ...ollama, model: 'qwen', capabilities: caps })).toBeUndefined();
  });
});
