// Selectors of the project settings slice (project-settings-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectProjectSettingsSaving = (s: StoreState) => s.projectSettingsSaving;
export const selectSaveProjectSettings = (s: StoreState) => s.saveProjectSettings;
