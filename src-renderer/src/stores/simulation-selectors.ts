// Selectors of the simulation slice (simulation-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectInterruptScene = (s: StoreState) => s.interruptScene;
export const selectLiveScene = (s: StoreState) => s.liveScene;
