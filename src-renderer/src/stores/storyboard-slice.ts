// Storyboard slice: which board view shows, shot list rows, reorders, shot edits with their errors, frame images.
import type { AppError, ChangeSummary, ShotListRow } from '../contract';
import { writableProjectIdOf } from './project-slice';
import type { SliceCreator } from './types';

/** The storyboard panel's views. */
export type BoardView = 'board' | 'list' | 'animatic';

export interface StoryboardSlice {
  boardView: BoardView;
  /** The shot list's rows as main computes them (setups, status, INT/EXT); null until loaded. */
  shotRows: ShotListRow[] | null;
  /** Frame images by asset id, as data URLs (loaded once, on first sight). */
  assetUrls: Record<string, string>;
  setBoardView(view: BoardView): void;
  loadShotRows(): Promise<void>;
  /** Puts the scene's shots in this order (a shot of another scene moves in); renumbers; one undo step. */
  reorderShots(sceneId: string, shotIds: string[]): Promise<boolean>;
  reorderScenes(sceneIds: string[]): Promise<boolean>;
  renumberShots(): Promise<boolean>;
  /** Saves a shot edit; resolves with the validation error (shown beside the field) or null when saved. */
  saveShot(shotId: string, patch: Record<string, unknown>): Promise<AppError | null>;
  /** Stores an image (its bytes in base64) in the project's assets/ and makes it the shot's frame. */
  replaceFrame(shotId: string, fileName: string, base64: string): Promise<boolean>;
  loadAsset(assetId: string): Promise<void>;
}

export const createStoryboardSlice: SliceCreator<StoryboardSlice> = (set, get, api, scope) => {
  const projectId = () => writableProjectIdOf(get);
  /** Applies a verb's change, or reports its error; true when it went through. */
  const settle = (
    id: string,
    result: { ok: true; value: { change: ChangeSummary | null } } | { ok: false; error: AppError },
  ): boolean => {
    if (!result.ok) {
      get().reportError(result.error);
      return false;
    }
    if (result.value.change) get().applyProjectChange(id, result.value.change);
    return true;
  };

  return {
    ...scope.own<Pick<StoryboardSlice, 'boardView' | 'shotRows' | 'assetUrls'>>({
      boardView: 'board',
      shotRows: null,
      assetUrls: {},
    }),
    setBoardView(view) {
      set({ boardView: view });
    },
    async loadShotRows() {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      const result = await api.invoke('shot:list', { projectId: snapshot.summary.id });
      if (result.ok && get().snapshot?.summary.id === snapshot.summary.id) set({ shotRows: result.value });
      else if (!result.ok) get().reportError(result.error);
    },
    async reorderShots(sceneId, shotIds) {
      const id = projectId();
      return id !== null && settle(id, await api.invoke('shot:reorder', { projectId: id, sceneId, shotIds }));
    },
    async reorderScenes(sceneIds) {
      const id = projectId();
      return id !== null && settle(id, await api.invoke('scene:reorder', { projectId: id, sceneIds }));
    },
    async renumberShots() {
      const id = projectId();
      return id !== null && settle(id, await api.invoke('shot:renumber', { projectId: id }));
    },
    async saveShot(shotId, patch) {
      const id = projectId();
      if (id === null) return { code: 'PROJECT_READ_ONLY', message: 'This project is open read-only.' };
      const result = await api.invoke('entity:update', { projectId: id, type: 'shot', id: shotId, patch });
      if (!result.ok) return result.error;
      get().applyProjectChange(id, result.value.change);
      return null;
    },
    async replaceFrame(shotId, fileName, base64) {
      const id = projectId();
      if (id === null) return false;
      const put = await api.invoke('asset:put', {
        projectId: id,
        fileName,
        base64,
      });
      if (!put.ok) {
        get().reportError(put.error);
        return false;
      }
      const shot = get().snapshot?.file.entities.shots.find((s) => s.id === shotId);
      const error = await get().saveShot(shotId, { panel: { ...shot?.panel, assetId: put.value.assetId } });
      if (error) get().reportError(error);
      return error === null;
    },
    async loadAsset(assetId) {
      const snapshot = get().snapshot;
      if (!snapshot || get().assetUrls[assetId]) return;
      const result = await api.invoke('asset:get', { projectId: snapshot.summary.id, assetId });
      if (!result.ok) return;
      set((s) => ({
        assetUrls: { ...s.assetUrls, [assetId]: `data:${result.value.mime};base64,${result.value.base64}` },
      }));
    },
  };
};
