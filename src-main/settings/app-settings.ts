// App-wide model settings (provider, endpoint, model, limits) with provider presets, validated by zod.
import { z } from 'zod';
import {
  EndpointBaseUrlSchema,
  EndpointModelSchema,
  endpointTimeoutSchema,
  httpUrlMessage,
  isHttpUrl,
} from '../../src-preload/contract/endpoint-fields';
import { ImageEndpointPatchSchema, ImageEndpointSchema } from '../../src-preload/contract/image-endpoint';

export const ProviderSchema = z.enum(['offline', 'openai', 'ollama', 'lmstudio', 'llamacpp', 'custom']);
export type Provider = z.infer<typeof ProviderSchema>;

/** What picking a provider fills in, and what it implies. */
export interface ProviderPreset {
  label: string;
  baseURL: string;
  model: string;
  /** Hosted providers need an API key; local servers do not. */
  needsKey: boolean;
  /** Runs on this machine: no cost per token. */
  local: boolean;
}

export const PROVIDER_PRESETS: Readonly<Record<Provider, ProviderPreset>> = {
  offline: { label: 'Offline engine (no model)', baseURL: '', model: '', needsKey: false, local: true },
  openai: {
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    needsKey: true,
    local: false,
  },
  ollama: {
    label: 'Ollama',
    baseURL: 'http://127.0.0.1:11434/v1',
    model: 'llama3.2',
    needsKey: false,
    local: true,
  },
  lmstudio: {
    label: 'LM Studio',
    baseURL: 'http://127.0.0.1:1234/v1',
    model: 'local-model',
    needsKey: false,
    local: true,
  },
  llamacpp: {
    label: 'llama.cpp server',
    baseURL: 'http://127.0.0.1:8080/v1',
    model: 'local-model',
    needsKey: false,
    local: true,
  },
  custom: { label: 'Custom OpenAI-compatible server', baseURL: '', model: '', needsKey: false, local: false },
};

/** Capabilities measured by "Test connection", valid only for the endpoint and model they were measured on. */
export const ProbedCapabilitiesSchema = z.strictObject({
  baseURL: z.string(),
  model: z.string(),
  structuredMode: z.enum(['json_schema', 'json_object', 'prompt']),
  streamUsage: z.boolean(),
  checkedAt: z.string(),
});

const SettingsFields = {
  provider: ProviderSchema,
  baseURL: EndpointBaseUrlSchema,
  model: EndpointModelSchema,
  /** Total budget of one model call, retries included. */
  timeoutMs: endpointTimeoutSchema(1_000),
  /** Optional spending cap per run in USD: a run pauses when its estimated cost reaches it. */
  budgetUsd: z.number().positive().max(10_000).optional(),
  capabilities: ProbedCapabilitiesSchema.optional(),
  /** The optional image endpoint for portraits; independent of the chat provider (offline included). */
  image: ImageEndpointSchema.optional(),
};

/** The settings file (`settings.json` in the app data dir). Never holds the API key. */
export const AppSettingsSchema = z.strictObject(SettingsFields).superRefine((s, ctx) => {
  if (s.provider === 'offline') return;
  if (!isHttpUrl(s.baseURL))
    ctx.addIssue({ code: 'custom', path: ['baseURL'], message: httpUrlMessage('http://127.0.0.1:11434/v1') });
  if (!s.model) ctx.addIssue({ code: 'custom', path: ['model'], message: 'must name a model' });
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

/** What `update` accepts: any subset of the user-editable fields; `budgetUsd: null` removes the cap. */
export const AppSettingsPatchSchema = z.strictObject({
  provider: SettingsFields.provider.optional(),
  baseURL: SettingsFields.baseURL.optional(),
  model: SettingsFields.model.optional(),
  timeoutMs: SettingsFields.timeoutMs.optional(),
  budgetUsd: SettingsFields.budgetUsd.nullable(),
  /** `null` removes the image endpoint. */
  image: ImageEndpointPatchSchema.optional(),
});
export type AppSettingsPatch = z.input<typeof AppSettingsPatchSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  provider: 'offline',
  baseURL: '',
  model: '',
  timeoutMs: 60_000,
};

/**
 * Applies a validated patch. Switching provider fills in that provider's preset address and model unless
 * the patch gives its own; changing the endpoint or model forgets probed capabilities.
 */
export function applyPatch(
  current: AppSettings,
  patch: z.output<typeof AppSettingsPatchSchema>,
): AppSettings {
  const next: AppSettings = { ...current };
  if (patch.provider !== undefined && patch.provider !== current.provider) {
    const preset = PROVIDER_PRESETS[patch.provider];
    next.provider = patch.provider;
    next.baseURL = preset.baseURL;
    next.model = preset.model;
  }
  if (patch.baseURL !== undefined) next.baseURL = patch.baseURL;
  if (patch.model !== undefined) next.model = patch.model;
  if (patch.timeoutMs !== undefined) next.timeoutMs = patch.timeoutMs;
  if (patch.budgetUsd === null) delete next.budgetUsd;
  else if (patch.budgetUsd !== undefined) next.budgetUsd = patch.budgetUsd;
  if (patch.image === null) delete next.image;
  else if (patch.image !== undefined) next.image = patch.image;
  if (
    next.capabilities &&
    (next.capabilities.baseURL !== next.baseURL || next.capabilities.model !== next.model)
  )
    delete next.capabilities;
  return next;
}
