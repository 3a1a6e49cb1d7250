// Handlers of settings:* — provider, model, API key (stored outside projects) and "Test connection".
import type { SettingsDto } from '../../src-preload/contract/dto';
import type { HandlerTable } from '../shared/handler-types';
import { PROVIDER_PRESETS } from './app-settings';
import type { SettingsService, SettingsView } from './settings-service';

function toDto(view: SettingsView): SettingsDto {
  return {
    provider: view.provider,
    baseURL: view.baseURL,
    model: view.model,
    timeoutMs: view.timeoutMs,
    ...(view.budgetUsd !== undefined ? { budgetUsd: view.budgetUsd } : {}),
    hasApiKey: view.hasApiKey,
    ...(view.image ? { image: view.image } : {}),
    preset: view.preset,
    presets: PROVIDER_PRESETS,
  };
}

type SettingsHandlers = Pick<
  HandlerTable,
  'settings:get' | 'settings:update' | 'settings:setApiKey' | 'settings:testConnection'
>;

export function settingsHandlers(services: { settings(): Promise<SettingsService> }): SettingsHandlers {
  return {
    'settings:get': async () => toDto(await (await services.settings()).get()),
    'settings:update': async (patch) => toDto(await (await services.settings()).update(patch)),
    'settings:setApiKey': async ({ apiKey, target }) =>
      toDto(await (await services.settings()).setApiKey(apiKey, target)),
    'settings:testConnection': async () => {
      const result = await (await services.settings()).testConnection();
      return {
        ok: result.ok,
        latencyMs: result.latencyMs,
        ...(result.models ? { models: result.models } : {}),
        ...(result.supportsJsonSchema !== undefined ? { supportsJsonSchema: result.supportsJsonSchema } : {}),
        ...(result.supportsStreamUsage !== undefined
          ? { supportsStreamUsage: result.supportsStreamUsage }
          : {}),
        ...(result.error
          ? {
              error: {
                code: result.error.code,
                message: result.error.message,
                ...(result.error.remedy ? { remedy: result.error.remedy } : {}),
              },
            }
          : {}),
      };
    },
  };
}
