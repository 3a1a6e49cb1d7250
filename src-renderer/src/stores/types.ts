// The combined store type and the slice-creator signature every slice uses.
import type { StateCreator } from 'zustand';
import type { StoryloomApi } from '../contract';
import type { AppSlice } from './app-slice';
import type { ChatSessionsSlice } from './chat-sessions-slice';
import type { ChatSlice } from './chat-slice';
import type { PipelineSlice } from './pipeline-slice';
import type { ProductionSlice } from './production-slice';
import type { ProjectScope } from './project-scope';
import type { ProjectSettingsSlice } from './project-settings-slice';
import type { ProjectSlice } from './project-slice';
import type { ProjectsSlice } from './projects-slice';
import type { QueueSlice } from './queue-slice';
import type { RestoreSlice } from './restore-slice';
import type { RunsSlice } from './runs-slice';
import type { SettingsSlice } from './settings-slice';
import type { SimulationSlice } from './simulation-slice';
import type { StoryboardSlice } from './storyboard-slice';
import type { UiSlice } from './ui-slice';
import type { WorkflowSlice } from './workflow-slice';

/** The whole renderer state: one store made of slices (DESIGN.md §8). */
export type StoreState = AppSlice &
  ProjectsSlice &
  ProjectSlice &
  UiSlice &
  ChatSlice &
  ChatSessionsSlice &
  RunsSlice &
  SimulationSlice &
  PipelineSlice &
  WorkflowSlice &
  QueueSlice &
  SettingsSlice &
  RestoreSlice &
  ProjectSettingsSlice &
  StoryboardSlice &
  ProductionSlice;

/**
 * A slice factory: gets the store's set/get, the transport-agnostic api (injected, so tests pass a fake) and the
 * project scope, where a slice registers the fields it holds for the open project only.
 */
export type SliceCreator<S> = (
  set: Parameters<StateCreator<StoreState>>[0],
  get: () => StoreState,
  api: StoryloomApi,
  scope: ProjectScope,
) => S;
