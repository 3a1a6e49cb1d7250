// Unit tests of the settings draft: presets fill the endpoint, validation names the field, the patch has real units.
import { describe, expect, it } from 'vitest';
import type { SettingsDto } from '../../../../src-preload/contract';
import {
  draftChanged,
  draftFromSettings,
  patchFromDraft,
  withProvider,
} from '../../../../src-renderer/src/lib/settings-draft';

const preset = (label: string, baseURL: string, model: string) => ({
  label,
  baseURL,
  model,
  needsKey: false,
  local: true,
});
const settings: SettingsDto = {
  provider: 'offline',
  baseURL: '',
  model: '',
  timeoutMs: 60_000,
  hasApiKey: false,
  preset: preset('Offline', '', ''),
  presets: {
    offline: preset('Offline', '', ''),
    openai: { ...preset('OpenAI', 'https://api.openai.com/v1', 'gpt-4o-mini'), needsKey: true, local: false },
    ollama: preset('Ollama', 'http://127.0.0.1:11434/v1', 'llama3.2'),
    lmstudio: preset('LM Studio', 'http://127.0.0.1:1234/v1', 'local-model'),
    llamacpp: preset('llama.cpp server', 'http://127.0.0.1:8080/v1', 'local-model'),
    custom: preset('Custom', '', ''),
  },
};

describe('settings draft', () => {
  it('starts from the saved settings, in seconds and dollars', () => {
    expect(draftFromSettings({ ...settings, budgetUsd: 2.5 })).toEqual({
      provider: 'offline',
      baseURL: '',
      model: '',
      timeoutSec: '60',
      budgetUsd: '2.5',
    });
  });

  it('fills the preset endpoint and model when the provider changes', () => {
    const draft = withProvider(draftFromSettings(settings), 'ollama', settings.presets);
    expect(draft).toMatchObject({
      provider: 'ollama',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
    });
    expect(draftChanged(draft, settings)).toBe(true);
    expect(draftChanged(draftFromSettings(settings), settings)).toBe(false);
  });

  it('turns a valid draft into an update patch (empty budget removes the cap)', () => {
    const draft = {
      ...withProvider(draftFromSettings(settings), 'ollama', settings.presets),
      timeoutSec: '12.5',
      budgetUsd: '',
    };
    expect(patchFromDraft(draft)).toEqual({
      ok: true,
      patch: {
        provider: 'ollama',
        baseURL: 'http://127.0.0.1:11434/v1',
        model: 'llama3.2',
        timeoutMs: 12_500,
        budgetUsd: null,
      },
    });
  });

  it('names the field that is wrong', () => {
    const base = withProvider(draftFromSettings(settings), 'custom', settings.presets);
    expect(patchFromDraft(base)).toMatchObject({ ok: false, field: 'baseURL' });
    expect(patchFromDraft({ ...base, baseURL: 'ftp://x' })).toMatchObject({ ok: false, field: 'baseURL' });
    expect(patchFromDraft({ ...base, baseURL: 'http://127.0.0.1:9/v1' })).toMatchObject({
      ok: false,
      field: 'model',
    });
    const ok = { ...base, baseURL: 'http://127.0.0.1:9/v1', model: 'm' };
    expect(patchFromDraft({ ...ok, timeoutSec: '0' })).toMatchObject({ ok: false, field: 'timeoutSec' });
    expect(patchFromDraft({ ...ok, timeoutSec: 'abc' })).toMatchObject({ ok: false, field: 'timeoutSec' });
    expect(patchFromDraft({ ...ok, budgetUsd: '-1' })).toMatchObject({ ok: false, field: 'budgetUsd' });
    expect(patchFromDraft({ ...ok, budgetUsd: '5' })).toMatchObject({ ok: true, patch: { budgetUsd: 5 } });
  });

  it('needs no endpoint for the offline engine', () => {
    expect(patchFromDraft(draftFromSettings(settings))).toMatchObject({
      ok: true,
      patch: { provider: 'offline', baseURL: '' },
    });
  });
});
