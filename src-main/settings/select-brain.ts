// Picks the Brain for the current settings: the offline engine, or the OpenAI-compatible brain with its key.
import type { AppSettings } from './app-settings';
import { PROVIDER_PRESETS } from './app-settings';
import type { SecretStore } from './secret-store';
import type { Brain } from '../brains/brain';
import type { EndpointCapabilities, OpenAiBrainSettings } from '../brains/brain-settings';
import { offlineBrain } from '../brains/offline/offline-brain';

/** Secret name of an endpoint's API key: one per chat provider, and the image endpoint's own (`api-key:image`). */
export function apiKeySecretName(endpoint: AppSettings['provider'] | 'image'): string {
  return `api-key:${endpoint}`;
}

/** Capabilities to assume: the probed ones for this endpoint+model, OpenAI's own when it is api.openai.com, else the safest. */
export function capabilitiesFor(settings: AppSettings): EndpointCapabilities | undefined {
  const probed = settings.capabilities;
  if (probed && probed.baseURL === settings.baseURL && probed.model === settings.model) {
    return { structuredMode: probed.structuredMode, streamUsage: probed.streamUsage };
  }
  if (/^https:\/\/api\.openai\.com\//.test(settings.baseURL))
    return { structuredMode: 'json_schema', streamUsage: true };
  return undefined;
}

/** The brain settings the current app settings and key imply (undefined for the offline provider). */
export function openAiBrainSettings(
  settings: AppSettings,
  apiKey: string | undefined,
): OpenAiBrainSettings | undefined {
  if (settings.provider === 'offline') return undefined;
  const capabilities = capabilitiesFor(settings);
  return {
    baseURL: settings.baseURL,
    model: settings.model,
    timeoutMs: settings.timeoutMs,
    maxRetries: 2,
    ...(apiKey ? { apiKey } : {}),
    // Local servers cost nothing per token; others are priced by model (unknown → no estimate).
    ...(PROVIDER_PRESETS[settings.provider].local ? { pricing: null } : {}),
    ...(capabilities ? { capabilities } : {}),
  };
}

/** The Brain for these settings. A missing key is not an error here: the endpoint answers 401 and the brain falls back. */
export async function selectBrain(settings: AppSettings, secrets: SecretStore): Promise<Brain> {
  if (settings.provider === 'offline') return offlineBrain;
  let apiKey: string | undefined;
  try {
    apiKey = await secrets.get(apiKeySecretName(settings.provider));
  } catch {
    apiKey = undefined; // An unreadable key behaves like a missing one; Settings shows hasApiKey: false.
  }
  const brainSettings = openAiBrainSettings(settings, apiKey);
  if (!brainSettings) return offlineBrain;
  // Loaded on demand: offline use (and fast commands such as `parse`) never pays for the model client.
  const { createOpenAiBrain } = await import('../brains/openai/openai-brain');
  return createOpenAiBrain(brainSettings);
}
