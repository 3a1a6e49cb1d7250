// Selectors of the production slice (production-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

export const selectInvokeOnProject = (s: StoreState) => s.invokeOnProject;
export const selectPreviewRoster = (s: StoreState) => s.previewRoster;
