// Settings slice: the model provider settings (`settings:*`), the stored-key flag, and "Test connection".
import type { ConnectionTestDto, RequestOf, SettingsDto } from '../contract';
import type { SliceCreator } from './types';

export interface SettingsSlice {
  settings: SettingsDto | null;
  settingsOpen: boolean;
  /** A save is in flight. */
  settingsSaving: boolean;
  connectionTest: ConnectionTestDto | null;
  testingConnection: boolean;
  /** Opens (loading the settings) or closes the settings dialog. */
  showSettings(open: boolean): void;
  loadSettings(): Promise<void>;
  saveSettings(patch: RequestOf<'settings:update'>): Promise<boolean>;
  /**
   * Stores the API key in main's secret store (null removes it); the renderer never keeps the key. `image` is the
   * image endpoint's own key, `model` (default) the chat provider's.
   */
  saveApiKey(apiKey: string | null, target?: 'model' | 'image'): Promise<boolean>;
  testConnection(): Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, api) => {
  /** Runs a settings verb that answers with the new settings. */
  const apply = async (
    call: () => ReturnType<typeof api.invoke<'settings:update'>>,
    confirmation: string,
  ): Promise<boolean> => {
    set({ settingsSaving: true });
    const result = await call();
    set({ settingsSaving: false });
    if (!result.ok) {
      get().reportError(result.error);
      return false;
    }
    // A different endpoint makes the last test result meaningless.
    set({ settings: result.value, connectionTest: null });
    get().notify(confirmation);
    return true;
  };

  return {
    settings: null,
    settingsOpen: false,
    settingsSaving: false,
    connectionTest: null,
    testingConnection: false,
    showSettings(open) {
      set({ settingsOpen: open, ...(open ? { connectionTest: null } : {}) });
      if (open) void get().loadSettings();
    },
    async loadSettings() {
      const result = await api.invoke('settings:get', {});
      if (result.ok) set({ settings: result.value });
      else get().reportError(result.error);
    },
    saveSettings(patch) {
      return apply(() => api.invoke('settings:update', patch), 'Settings saved.');
    },
    saveApiKey(apiKey, target) {
      return apply(
        () => api.invoke('settings:setApiKey', { apiKey, ...(target ? { target } : {}) }),
        apiKey === null ? 'API key removed.' : 'API key stored.',
      );
    },
    async testConnection() {
      set({ testingConnection: true, connectionTest: null });
      const result = await api.invoke('settings:testConnection', {});
      set({ testingConnection: false });
      if (result.ok) set({ connectionTest: result.value });
      else
        set({
          connectionTest: {
            ok: false,
            latencyMs: 0,
            error: {
              code: result.error.code,
              message: result.error.message,
              ...(result.error.remedy ? { remedy: result.error.remedy } : {}),
            },
          },
        });
    },
  };
};
