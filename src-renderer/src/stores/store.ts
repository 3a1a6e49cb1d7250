// Builds the one renderer store from its slices around an injected api (the bridge in the app, a fake in tests).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StoryloomApi } from '../contract';
import { createAppSlice } from './app-slice';
import { createChatSessionsSlice } from './chat-sessions-slice';
import { createChatSlice } from './chat-slice';
import { createPipelineSlice } from './pipeline-slice';
import { createProductionSlice } from './production-slice';
import { createProjectSettingsSlice } from './project-settings-slice';
import { createProjectSlice } from './project-slice';
import { createProjectsSlice } from './projects-slice';
import { createQueueSlice } from './queue-slice';
import { createRestoreSlice } from './restore-slice';
import { createRunsSlice } from './runs-slice';
import { createSettingsSlice } from './settings-slice';
import { createStoryboardSlice } from './storyboard-slice';
import type { StoreState } from './types';
import { createUiSlice } from './ui-slice';
import { createWorkflowSlice } from './workflow-slice';

export type AppStore = StoreApi<StoreState>;

/** Creates the store; every slice shares the same set/get so actions can reach across slices. */
export function createAppStore(api: StoryloomApi): AppStore {
  return createStore<StoreState>()((set, get) => ({
    ...createAppSlice(set, get, api),
    ...createProjectsSlice(set, get, api),
    ...createProjectSlice(set, get, api),
    ...createUiSlice(set, get, api),
    ...createChatSlice(set, get, api),
    ...createChatSessionsSlice(set, get, api),
    ...createRunsSlice(set, get, api),
    ...createPipelineSlice(set, get, api),
    ...createWorkflowSlice(set, get, api),
    ...createQueueSlice(set, get, api),
    ...createSettingsSlice(set, get, api),
    ...createRestoreSlice(set, get, api),
    ...createProjectSettingsSlice(set, get, api),
    ...createStoryboardSlice(set, get, api),
    ...createProductionSlice(set, get, api),
  }));
}
