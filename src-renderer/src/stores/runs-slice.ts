// Runs slice: agent runs of the open project as seen through `agent:event` (stage, progress, choices, errors).
import type { AgentEvent } from '../contract';
import { assertNever } from '../lib/assert-never';
import type { SliceCreator } from './types';

export interface RunView {
  runId: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  stage?: string;
  progress?: { done: number; total: number };
  choices: { label: string; command: string }[];
  warnings: string[];
  errors: { code: string; message: string; remedy?: string }[];
  created: { entityType: string; id: string; name?: string }[];
}

export interface RunsSlice {
  runs: Record<string, RunView>;
  applyAgentEvent(event: AgentEvent): void;
}

const emptyRun = (runId: string): RunView => ({
  runId,
  status: 'running',
  choices: [],
  warnings: [],
  errors: [],
  created: [],
});

export const createRunsSlice: SliceCreator<RunsSlice> = (set, get, _api, scope) => ({
  ...scope.own({ runs: {} }),
  applyAgentEvent(event) {
    // The run timeline follows pipeline runs; the rest of this view serves the chat turn.
    get().applyPipelineEvent(event);
    const run = get().runs[event.runId] ?? emptyRun(event.runId);
    let next: RunView = run;
    switch (event.type) {
      case 'run_started':
        next = emptyRun(event.runId);
        // A pipeline run outlives the turn that started it: Cancel in the run status stays with the turn.
        if (event.kind !== 'pipeline') get().noteRunStarted(event.runId, event.projectId);
        break;
      case 'stage_started':
        next = { ...run, stage: event.stage };
        break;
      case 'stage_progress':
        next = { ...run, stage: event.stage, progress: { done: event.done, total: event.total } };
        break;
      case 'stage_finished':
        next = { ...run, progress: undefined };
        break;
      case 'tokens':
        // A pipeline stage's tokens are its JSON being written: the run timeline shows them, not the chat.
        if (get().pipelineRun?.runId !== event.runId) get().appendRunTokens(event.runId, event.text);
        return;
      case 'simulation_turn':
        get().applySimulationTurn(event);
        return;
      case 'entity_created':
      case 'entity_updated':
        next = {
          ...run,
          created: [
            ...run.created,
            { entityType: event.entityType, id: event.id, ...(event.name ? { name: event.name } : {}) },
          ],
        };
        break;
      case 'choice_offered':
        next = { ...run, choices: event.choices };
        break;
      case 'warning':
        next = { ...run, warnings: [...run.warnings, event.message] };
        break;
      case 'error':
        next = {
          ...run,
          errors: [
            ...run.errors,
            { code: event.code, message: event.message, ...(event.remedy ? { remedy: event.remedy } : {}) },
          ],
        };
        // The chat shows the error of the turn it is waiting for (with its remedy); other runs' errors go to the alert region.
        if (event.runId !== get().activeRunId)
          get().reportError({
            code: event.code,
            message: event.message,
            ...(event.remedy ? { remedy: event.remedy } : {}),
          });
        break;
      case 'run_finished':
        next = { ...run, status: event.status, progress: undefined };
        get().finishRunMessage(event.runId, event.status);
        // The turn's reply carries the whole scene; a chat turn of this window hands over when its reply is in.
        if (event.runId !== get().activeRunId || event.status !== 'done') get().endLiveScene(event.runId);
        break;
      default:
        assertNever(event, 'agent event');
    }
    set((s) => ({ runs: { ...s.runs, [event.runId]: next } }));
  },
});
