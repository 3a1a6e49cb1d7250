// Selectors of the pipeline slice (pipeline-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectCancelPipelineRun = (s: StoreState) => s.cancelPipelineRun;
export const selectPipelineBusy = (s: StoreState) => s.pipelineBusy;
export const selectPipelineRun = (s: StoreState) => s.pipelineRun;
export const selectResumePipelineRun = (s: StoreState) => s.resumePipelineRun;
