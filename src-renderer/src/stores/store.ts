// Builds the one renderer store from its slices around an injected api (the bridge in the app, a fake in tests).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StoryloomApi } from '../contract';
import { createAppSlice } from './app-slice';
import { createChatSessionsSlice } from './chat-sessions-slice';
import { createChatSlice } from './chat-slice';
import { createPipelineSlice } from './pipeline-slice';
import { createProductionSlice } from './production-slice';
import { createProjectScope } from './project-scope';
import { createProjectSettingsSlice } from './project-settings-slice';
import { createProjectSlice } from './project-slice';
import { createProjectsSlice } from './projects-slice';
import { createQueueSlice } from './queue-slice';
import { createRestoreSlice } from './restore-slice';
import { createRunsSlice } from './runs-slice';
import { createSettingsSlice } from './settings-slice';
import { createSimulationSlice } from './simulation-slice';
import { createStoryboardSlice } from './storyboard-slice';
import type { StoreState } from './types';
import { createUiSlice } from './ui-slice';
import { createWorkflowSlice } from './workflow-slice';

export type AppStore = StoreApi<StoreState>;

/** Creates the store; every slice shares the same set/get so actions can reach across slices. */
export function createAppStore(api: StoryloomApi): AppStore {
  const scope = createProjectScope();
  return createStore<StoreState>()((set, get) => ({
    ...createAppSlice(set, get, api, scope),
    ...createProjectsSlice(set, get, api, scope),
    ...createProjectSlice(set, get, api, scope),
    ...createUiSlice(set, get, api, scope),
    ...createChatSlice(set, get, api, scope),
    ...createChatSessionsSlice(set, get, api, scope),
    ...createRunsSlice(set, get, api, scope),
    ...createSimulationSlice(set, get, api, scope),
    ...createPipelineSlice(set, get, api, scope),
    ...createWorkflowSlice(set, get, api, scope),
    ...createQueueSlice(set, get, api, scope),
    ...createSettingsSlice(set, get, api, scope),
    ...createRestoreSlice(set, get, api, scope),
    ...createProjectSettingsSlice(set, get, api, scope),
    ...createStoryboardSlice(set, get, api, scope),
    ...createProductionSlice(set, get, api, scope),
  }));
}
