// Selectors of the settings slice (settings-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectConnectionTest = (s: StoreState) => s.connectionTest;
export const selectSaveApiKey = (s: StoreState) => s.saveApiKey;
export const selectSaveSettings = (s: StoreState) => s.saveSettings;
export const selectSettings = (s: StoreState) => s.settings;
export const selectSettingsOpen = (s: StoreState) => s.settingsOpen;
export const selectSettingsSaving = (s: StoreState) => s.settingsSaving;
export const selectShowSettings = (s: StoreState) => s.showSettings;
export const selectTestConnection = (s: StoreState) => s.testConnection;
export const selectTestingConnection = (s: StoreState) => s.testingConnection;

/** Changes whenever the image endpoint does (set, removed, another key): views that depend on it reload. */
export const selectImageEndpointKey = (s: StoreState): string => {
  const image = s.settings?.image;
  return image ? `${image.baseURL}|${image.model}|${image.size}|${image.hasApiKey}` : 'none';
};
