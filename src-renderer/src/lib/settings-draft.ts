// The settings form's draft: strings as typed, filled from settings or a provider preset, validated into an update patch.
import type { ProviderId, RequestOf, SettingsDto } from '../contract';
import { PROVIDER_IDS } from './vocab';

/** What the form edits (numbers stay strings until saved, so half-typed values are not rejected mid-edit). */
export interface SettingsDraft {
  provider: ProviderId;
  baseURL: string;
  model: string;
  /** Seconds, as typed. */
  timeoutSec: string;
  /** US dollars per run, as typed; empty means no cap. */
  budgetUsd: string;
}

export type Preset = SettingsDto['presets'][ProviderId];

const MIN_TIMEOUT_SEC = 1;
const MAX_TIMEOUT_SEC = 600;
const MAX_BUDGET_USD = 10_000;

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** The draft of the saved settings. */
export function draftFromSettings(settings: SettingsDto): SettingsDraft {
  return {
    provider: settings.provider,
    baseURL: settings.baseURL,
    model: settings.model,
    timeoutSec: String(Math.round(settings.timeoutMs / 1000)),
    budgetUsd: settings.budgetUsd !== undefined ? String(settings.budgetUsd) : '',
  };
}

/** Switching provider fills its preset's base URL and model (the user can still edit both). */
export function withProvider(
  draft: SettingsDraft,
  provider: ProviderId,
  presets: SettingsDto['presets'],
): SettingsDraft {
  const preset = presets[provider];
  return { ...draft, provider, baseURL: preset.baseURL, model: preset.model };
}

export type DraftCheck =
  | { ok: true; patch: RequestOf<'settings:update'> }
  | { ok: false; field: keyof SettingsDraft; message: string };

/** Validates the draft and turns it into the `settings:update` request. */
export function patchFromDraft(draft: SettingsDraft): DraftCheck {
  const offline = draft.provider === 'offline';
  const baseURL = draft.baseURL.trim();
  if (!offline) {
    if (!baseURL)
      return {
        ok: false,
        field: 'baseURL',
        message: 'Enter the server’s base URL, e.g. http://127.0.0.1:11434/v1.',
      };
    if (!/^https?:\/\/[^\s/]+/i.test(baseURL))
      return { ok: false, field: 'baseURL', message: 'The base URL must start with http:// or https://.' };
    if (!draft.model.trim())
      return { ok: false, field: 'model', message: 'Enter the model name the server knows, e.g. llama3.2.' };
  }
  const timeout = Number(draft.timeoutSec.trim());
  if (!Number.isFinite(timeout) || timeout < MIN_TIMEOUT_SEC || timeout > MAX_TIMEOUT_SEC) {
    return {
      ok: false,
      field: 'timeoutSec',
      message: `The timeout must be between ${MIN_TIMEOUT_SEC} and ${MAX_TIMEOUT_SEC} seconds.`,
    };
  }
  const budgetText = draft.budgetUsd.trim();
  const budget = budgetText === '' ? null : Number(budgetText);
  if (budget !== null && (!Number.isFinite(budget) || budget <= 0 || budget > MAX_BUDGET_USD)) {
    return {
      ok: false,
      field: 'budgetUsd',
      message: `The budget must be a positive amount up to $${MAX_BUDGET_USD.toLocaleString('en-US')}, or empty for no cap.`,
    };
  }
  return {
    ok: true,
    patch: {
      provider: draft.provider,
      baseURL,
      model: draft.model.trim(),
      timeoutMs: Math.round(timeout * 1000),
      budgetUsd: budget,
    },
  };
}

/** Whether the draft differs from the saved settings (the Save button shows it). */
export function draftChanged(draft: SettingsDraft, settings: SettingsDto): boolean {
  const saved = draftFromSettings(settings);
  return (Object.keys(saved) as (keyof SettingsDraft)[]).some((k) => saved[k].trim() !== draft[k].trim());
}
