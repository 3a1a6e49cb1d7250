// Selectors of the restore slice (restore-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

/** The project the restore dialog is about; null when it is closed. */
export const selectRestoreProjectId = (s: StoreState) => s.restoreOffer?.projectId ?? null;

// Fields and actions read as they are (an action is a stable reference).
export const selectDismissRestore = (s: StoreState) => s.dismissRestore;
export const selectOfferRestore = (s: StoreState) => s.offerRestore;
export const selectRestoreBackup = (s: StoreState) => s.restoreBackup;
export const selectRestoreBackups = (s: StoreState) => s.restoreBackups;
export const selectRestoreError = (s: StoreState) => s.restoreError;
export const selectRestoreOffer = (s: StoreState) => s.restoreOffer;
export const selectRestoring = (s: StoreState) => s.restoring;
