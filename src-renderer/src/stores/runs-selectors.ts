// Selectors of the runs slice (runs-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { RunView } from './runs-slice';
import type { StoreState } from './types';

/** The agent run answering the message being sent, once it has started. */
export const selectActiveRun = (s: StoreState): RunView | undefined =>
  s.activeRunId ? s.runs[s.activeRunId] : undefined;

// Fields and actions read as they are (an action is a stable reference).
export const selectRuns = (s: StoreState) => s.runs;
