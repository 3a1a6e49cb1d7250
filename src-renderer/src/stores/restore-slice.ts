// Restore slice: the offer shown when a project cannot be opened — its backups, and restoring the newest or a chosen one.
import type { AppError, BackupInfo } from '../contract';
import type { RestoreOffer } from '../lib/restore-offer';
import type { SliceCreator } from './types';

export interface RestoreSlice {
  /** The project that failed to load and what main said about it (null: no dialog). */
  restoreOffer: RestoreOffer | null;
  /** The project's backups, newest first (null until `project:backups` answered). */
  restoreBackups: BackupInfo[] | null;
  /** The backup being restored (`''` for "the newest good one"), or null. */
  restoring: string | null;
  /** Why the last restore (or the backup listing) failed, shown inside the dialog rather than behind it. */
  restoreError: AppError | null;
  /** Shows the dialog for a project and loads its backups. */
  offerRestore(offer: RestoreOffer): void;
  loadRestoreBackups(): Promise<void>;
  /** Restores `file` (or the newest good backup) and opens the repaired project; false when it failed. */
  restoreBackup(file?: string): Promise<boolean>;
  dismissRestore(): void;
}

export const createRestoreSlice: SliceCreator<RestoreSlice> = (set, get, api) => ({
  restoreOffer: null,
  restoreBackups: null,
  restoring: null,
  restoreError: null,
  offerRestore(offer) {
    set({ restoreOffer: offer, restoreBackups: null, restoring: null, restoreError: null });
    void get().loadRestoreBackups();
  },
  async loadRestoreBackups() {
    const offer = get().restoreOffer;
    if (!offer) return;
    const result = await api.invoke('project:backups', { projectId: offer.projectId });
    // The dialog may have been closed, or moved to another project, meanwhile.
    if (get().restoreOffer?.projectId !== offer.projectId) return;
    if (result.ok) set({ restoreBackups: result.value });
    else set({ restoreBackups: [], restoreError: result.error });
  },
  async restoreBackup(file) {
    const offer = get().restoreOffer;
    if (!offer || get().restoring !== null) return false;
    set({ restoring: file ?? '', restoreError: null });
    const previous = get().snapshot;
    if (previous && previous.summary.id !== offer.projectId)
      await api.invoke('project:close', { projectId: previous.summary.id });
    const result = await api.invoke('project:restoreBackup', {
      projectId: offer.projectId,
      ...(file ? { file } : {}),
    });
    if (!result.ok) {
      // Typically the chosen backup is damaged too: stay in the dialog so another one can be picked.
      set({ restoring: null, restoreError: result.error });
      return false;
    }
    set({ restoreOffer: null, restoreBackups: null, restoring: null, restoreError: null });
    get().showSnapshot(result.value);
    const restored = file ?? offer.backup ?? 'the newest good backup';
    get().notify(
      `Restored “${result.value.file.project.name}” from ${restored}. The damaged file was kept beside it.`,
    );
    // The list entry is no longer damaged (seen when the user goes back to the projects).
    void get().loadProjects();
    return true;
  },
  dismissRestore() {
    if (get().restoring !== null) return;
    set({ restoreOffer: null, restoreBackups: null, restoreError: null });
  },
});
