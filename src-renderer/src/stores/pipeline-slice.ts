// Pipeline slice: the open project's latest generate run for the run timeline (agent:runs, agent:event, cancel, resume).
import type { AgentEvent } from '../contract';
import {
  applyRunEvent,
  canResume,
  fromRunView,
  startedRun,
  type PipelineRunState,
} from '../lib/run-timeline';
import type { SliceCreator } from './types';

export interface PipelineSlice {
  /** The latest pipeline run of the open project (null: none yet). */
  pipelineRun: PipelineRunState | null;
  /** A cancel or resume request is on its way. */
  pipelineBusy: boolean;
  /** Loads the latest run from `agent:runs` (on open, after a reconnect, when a run stops): survives restarts. */
  loadPipelineRuns(): Promise<void>;
  /** Follows a run a chat turn started or resumed (`ChatTurnResult.pipelineRunId`). */
  trackPipelineRun(runId: string): void;
  /** Folds an agent event into the timeline (a pipeline `run_started` for the open project adopts its run). */
  applyPipelineEvent(event: AgentEvent): void;
  cancelPipelineRun(): Promise<void>;
  /** Resumes the stopped run from its last finished stage (approving the review gate when it waits on one). */
  resumePipelineRun(): Promise<void>;
}

export const createPipelineSlice: SliceCreator<PipelineSlice> = (set, get, api, scope) => {
  const openId = () => get().snapshot?.summary.id ?? null;

  return {
    ...scope.own({ pipelineRun: null, pipelineBusy: false }),
    async loadPipelineRuns() {
      const projectId = openId();
      if (!projectId) return;
      const result = await api.invoke('agent:runs', { projectId });
      if (openId() !== projectId) return;
      if (!result.ok) {
        get().reportError(result.error);
        return;
      }
      const current = get().pipelineRun;
      const listed = current ? result.value.find((r) => r.runId === current.runId) : undefined;
      // A listing that predates the tracked run (not in it yet), or its end (still "running" after run_finished), is stale.
      if (current && (!listed || (listed.status === 'running' && current.status !== 'running'))) return;
      // The newest run wins: normally the tracked one, else a run started elsewhere (another window, the CLI).
      const view = result.value[0];
      if (!view) return;
      set({ pipelineRun: fromRunView(view, current) });
    },
    trackPipelineRun(runId) {
      if (get().pipelineRun?.runId === runId) return;
      set({ pipelineRun: startedRun(runId, get().pipelineRun) });
      void get().loadPipelineRuns();
    },
    applyPipelineEvent(event) {
      if (event.type === 'run_started') {
        if (event.kind !== 'pipeline' || event.projectId !== openId()) return;
        set({ pipelineRun: startedRun(event.runId, get().pipelineRun) });
        // The plan (and a resumed run's checkpoints) come from main's record.
        void get().loadPipelineRuns();
        return;
      }
      const run = get().pipelineRun;
      if (!run || run.runId !== event.runId) return;
      set({ pipelineRun: applyRunEvent(run, event) });
      // "Cancelled" also stands for paused and awaiting review: the listing tells which, and why.
      if (event.type === 'run_finished') void get().loadPipelineRuns();
      // Tokens and cost are only in main's record: refresh them as each stage ends (not per storyboard branch).
      else if (event.type === 'stage_finished' && !event.stage.includes(':')) void get().loadPipelineRuns();
    },
    async cancelPipelineRun() {
      const run = get().pipelineRun;
      if (!run || run.status !== 'running' || get().pipelineBusy) return;
      set({ pipelineBusy: true });
      const result = await api.invoke('agent:cancel', { runId: run.runId });
      set({ pipelineBusy: false });
      if (!result.ok) get().reportError(result.error);
      // Not running here any more (killed with an old host): the listing shows it paused.
      else if (!result.value.cancelled) void get().loadPipelineRuns();
    },
    async resumePipelineRun() {
      const projectId = openId();
      const run = get().pipelineRun;
      if (!projectId || !run || !canResume(run.status) || get().pipelineBusy) return;
      set({ pipelineBusy: true });
      const before = get().pipelineRun;
      const result = await api.invoke('agent:resume', {
        projectId,
        runId: run.runId,
        ...(run.status === 'awaiting_review' ? { approve: true } : {}),
      });
      set({ pipelineBusy: false });
      if (!result.ok) {
        get().reportError(result.error);
        return;
      }
      // No event about the run arrived meanwhile: show it running until `run_started` catches up.
      if (get().pipelineRun === before) set({ pipelineRun: startedRun(result.value.runId, before) });
    },
  };
};
