// Selectors of the queue slice (queue-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectCancelTask = (s: StoreState) => s.cancelTask;
export const selectClearFinishedTasks = (s: StoreState) => s.clearFinishedTasks;
export const selectRetryTask = (s: StoreState) => s.retryTask;
export const selectTaskFailures = (s: StoreState) => s.taskFailures;
export const selectTasks = (s: StoreState) => s.tasks;
