// Selectors of the storyboard slice (storyboard-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

/** A frame image's data URL once loaded, by asset id. */
export const selectAssetUrl = (assetId: string) => (s: StoreState) => s.assetUrls[assetId];
export const selectBoardView = (s: StoreState) => s.boardView;
export const selectLoadAsset = (s: StoreState) => s.loadAsset;
export const selectLoadShotRows = (s: StoreState) => s.loadShotRows;
export const selectRenumberShots = (s: StoreState) => s.renumberShots;
export const selectReorderScenes = (s: StoreState) => s.reorderScenes;
export const selectReorderShots = (s: StoreState) => s.reorderShots;
export const selectReplaceFrame = (s: StoreState) => s.replaceFrame;
export const selectSaveShot = (s: StoreState) => s.saveShot;
export const selectSetBoardView = (s: StoreState) => s.setBoardView;
export const selectShotRows = (s: StoreState) => s.shotRows;
