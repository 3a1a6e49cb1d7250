// Starts, resumes, cancels and regenerates pipeline runs; each run is checkpointed in runs/ and streams agent events.
import { setMaxListeners } from 'node:events';
import type { AgentEvent } from '../../../src-preload/contract/events';
import type { Brain } from '../../brains/brain';
import type { GenerateParams } from '../../brains/offline/generate/types';
import type { EventHub } from '../../events/event-hub';
import { toAppError } from '../../shared/failure';
import { newId, nowIso } from '../../shared/ids';
import type { ProjectRepository } from '../../store/project-repository';
import type { ProjectSession } from '../../store/project-session';
import { loadWorkflowConfig } from '../../workflow/config-file';
import { withBudget } from '../../brains/budgeted-brain';
import { BudgetMeter, effectiveCap } from '../budget-meter';
import { buildPipelineGraph, type PipelineGraph } from './graph';
import type { PipelineDeps } from './pipeline-deps';
import { planStages } from './plan-stages';
import { estimateRun, type RunEstimate } from './run-estimate';
import { markStaleAfterRegeneration, reuseIdsFor } from './regeneration';
import { INTERRUPTED_REASON, RunStore, type RunRecord, type RunStatus } from './run-record';
import { PipelinePause } from './stage';
import { storeRunBrief } from './run-brief';
import { briefSummary } from '../../brains/offline/language/brief-summary';
import type { StageName } from './state';

export interface RunOutcome {
  runId: string;
  projectId: string;
  status: RunStatus;
  reason?: string;
  remedies: { label: string; command: string }[];
  stagesDone: string[];
}

/** Parallel branches fail together: LangGraph throws one error holding `errors`; a pause among them wins. */
function firstCause(error: unknown): unknown {
  const inner = (error as { errors?: unknown[] } | null)?.errors;
  if (!Array.isArray(inner) || inner.length === 0) return error;
  const causes = inner.map(firstCause);
  return causes.find((e) => e instanceof PipelinePause) ?? causes[0];
}

/** `capUsd` only when there is one (exact optional properties). */
const optionalCap = (capUsd: number | undefined) => (capUsd === undefined ? {} : { capUsd });

export class PipelineService {
  private graph: PipelineGraph | null = null;
  private readonly active = new Map<string, { controller: AbortController; done: Promise<RunOutcome> }>();

  constructor(
    private readonly projects: ProjectRepository,
    private readonly events: EventHub,
    private readonly brain: () => Promise<Brain>,
    /** The app-wide budget per run (Settings); the project's own budget applies too, the lower one wins. */
    private readonly appBudget: () => Promise<number | undefined> = async () => undefined,
  ) {
    projects.onOpenWritable((session) => this.markInterrupted(session));
  }

  /** The runs of a session; saving refuses when the session may not write (read-only, closed). */
  private runsOf(session: ProjectSession): RunStore {
    return new RunStore(session.dir, () => session.assertWritable());
  }

  /**
   * On open with the lock held, a run still marked `running` that this process is not running was killed with
   * the process that ran it (only the lock holder runs pipelines): mark it paused, so it shows and resumes.
   */
  private async markInterrupted(session: ProjectSession): Promise<void> {
    const runs = this.runsOf(session);
    for (const record of await runs.all()) {
      if (record.status !== 'running' || this.active.has(record.runId)) continue;
      await runs.save({ ...record, status: 'paused', pauseReason: INTERRUPTED_REASON, updatedAt: nowIso() });
    }
  }

  /** The cap a run of this project runs under. */
  private async capFor(session: { file: { project: { settings: { budgetUsd?: number } } } }) {
    return effectiveCap(session.file.project.settings.budgetUsd, await this.appBudget());
  }

  /** Starts a run; resolves at once with its id. `done` settles when the run finishes, pauses or is cancelled. */
  async start(
    projectId: string,
    params: GenerateParams,
    options: { from?: StageName; upTo?: StageName } = {},
  ): Promise<{ runId: string; done: Promise<RunOutcome>; estimate?: RunEstimate; capUsd?: number }> {
    const session = await this.projects.open(projectId);
    session.assertWritable();
    const brief = await storeRunBrief(session, params, options);
    const runId = newId();
    const plan = planStages(session.file, options.from, options.upTo);
    const estimate = estimateRun(await this.brain(), plan, params);
    const capUsd = await this.capFor(session);
    const record: RunRecord = {
      runId,
      projectId: session.id,
      kind: 'generate',
      params,
      plan,
      ...(estimate ? { estimate } : {}),
      status: 'running',
      startedAt: nowIso(),
      idTime: Date.now(),
      updatedAt: nowIso(),
      stages: {},
      costUsd: 0,
      brief: briefSummary(brief),
      ...(options.from ? { regenerate: options.from, reuse: reuseIdsFor(session.file, options.from) } : {}),
    };
    await this.runsOf(session).save(record);
    return {
      runId,
      done: this.execute(record),
      ...(estimate ? { estimate } : {}),
      ...optionalCap(capUsd),
    };
  }

  /** Resumes a run that was killed, paused or awaits review, from its last finished stage. */
  async resume(
    projectId: string,
    runId: string,
    options: { approve?: boolean } = {},
  ): Promise<{ runId: string; done: Promise<RunOutcome> }> {
    const running = this.active.get(runId);
    if (running) return { runId, done: running.done };
    const session = await this.projects.open(projectId);
    session.assertWritable();
    const record = await this.runsOf(session).load(runId);
    if (options.approve) record.stages.review_gate = { status: 'done', finishedAt: nowIso(), output: null };
    // Resuming a run the budget paused is the user's "Continue anyway": without the waiver it would stop again at once.
    const budget = await this.capFor(session);
    if (
      record.status === 'paused' &&
      (record.budgetPaused || (budget !== undefined && record.costUsd >= budget))
    )
      record.budgetWaived = true;
    delete record.budgetPaused;
    record.status = 'running';
    delete record.pauseReason;
    return { runId, done: this.execute(record) };
  }

  async unfinished(projectId: string): Promise<RunRecord[]> {
    return new RunStore((await this.projects.open(projectId)).dir).unfinished();
  }

  /** The newest runs of a project (for the run timeline); a run marked running but not active here was killed. */
  async recent(projectId: string, limit = 10): Promise<RunRecord[]> {
    const records = await new RunStore((await this.projects.open(projectId)).dir).all();
    return records.slice(0, limit).map((r) =>
      r.status === 'running' && !this.active.has(r.runId)
        ? {
            ...r,
            status: 'paused',
            pauseReason: INTERRUPTED_REASON,
          }
        : r,
    );
  }

  cancel(runId: string): boolean {
    const run = this.active.get(runId);
    run?.controller.abort();
    return Boolean(run);
  }

  /** Waits for a run started by this process. */
  async wait(runId: string): Promise<RunOutcome | undefined> {
    return this.active.get(runId)?.done;
  }

  private execute(record: RunRecord): Promise<RunOutcome> {
    const controller = new AbortController();
    // Every parallel branch listens for cancellation on the same signal, and LangGraph derives one signal per
    // task from it: a storyboard of 100 scenes is 100 legitimate listeners, not a leak.
    setMaxListeners(0, controller.signal);
    setMaxListeners(1_000);
    const done = this.run(record, controller.signal).finally(() => this.active.delete(record.runId));
    this.active.set(record.runId, { controller, done });
    return done;
  }

  private async run(record: RunRecord, signal: AbortSignal): Promise<RunOutcome> {
    const session = await this.projects.open(record.projectId);
    const runs = this.runsOf(session);
    const emit = (event: AgentEvent) => this.events.emit('agent:event', event);
    let saving = Promise.resolve();
    let saveError: unknown = null;
    // Checkpoint writes are chained (never two at once) and a failed one is reported when the run ends.
    const saveRecord = () =>
      (saving = saving
        .then(() => runs.save({ ...record, updatedAt: nowIso() }))
        .catch((error: unknown) => {
          saveError ??= error;
        }));
    const workflowConfig = loadWorkflowConfig(session.dir);
    const budget = new BudgetMeter({
      spentUsd: record.costUsd,
      waived: record.budgetWaived ?? false,
      ...optionalCap(await this.capFor(session)),
    });
    const deps: PipelineDeps = {
      session,
      brain: withBudget(await this.brain(), budget),
      budget,
      record,
      runs,
      emit,
      signal,
      saveRecord,
      inFlight: new Set(),
      ...(workflowConfig ? { workflowConfig } : {}),
    };
    emit({
      type: 'run_started',
      runId: record.runId,
      projectId: record.projectId,
      at: nowIso(),
      kind: 'pipeline',
    });
    let remedies: RunOutcome['remedies'] = [];
    try {
      this.graph ??= buildPipelineGraph();
      await this.graph.invoke({}, { configurable: { pipeline: deps }, signal, recursionLimit: 500 });
      if (record.regenerate) remedies = await markStaleAfterRegeneration(session, record);
      record.status = 'done';
      if (remedies.length) emit({ type: 'choice_offered', runId: record.runId, choices: remedies });
    } catch (thrown) {
      // Parallel branches may still be persisting: let them finish (or stop at their cancel check) first.
      await Promise.allSettled([...deps.inFlight]);
      const error = firstCause(thrown);
      if (error instanceof PipelinePause || signal.aborted) {
        const pause =
          error instanceof PipelinePause
            ? error
            : new PipelinePause('cancelled', 'The run was cancelled; finished stages are kept.');
        record.status = pause.status;
        record.pauseReason = pause.reason;
        if (pause.budget) record.budgetPaused = true;
        remedies = pause.remedies;
        if (pause.status !== 'cancelled')
          emit({ type: 'warning', runId: record.runId, message: pause.reason });
        if (remedies.length) emit({ type: 'choice_offered', runId: record.runId, choices: remedies });
      } else {
        const appError = toAppError(error);
        record.status = 'failed';
        record.error = { code: appError.code, message: appError.message };
        emit({
          type: 'error',
          runId: record.runId,
          code: appError.code,
          message: appError.message,
          ...(appError.remedy ? { remedy: appError.remedy } : {}),
        });
      }
    }
    await saveRecord();
    if (saveError)
      emit({
        type: 'warning',
        runId: record.runId,
        message: `The run's checkpoint could not be saved (${(saveError as Error).message}); a resume may repeat finished stages.`,
      });
    this.events.emit('workflow:changed', {
      projectId: record.projectId,
      current: session.file.project.workflow.current,
    });
    const finished = record.status === 'done' ? 'done' : record.status === 'failed' ? 'failed' : 'cancelled';
    emit({ type: 'run_finished', runId: record.runId, status: finished, at: nowIso() });
    return {
      runId: record.runId,
      projectId: record.projectId,
      status: record.status,
      ...(record.pauseReason
        ? { reason: record.pauseReason }
        : record.error
          ? { reason: record.error.message }
          : {}),
      remedies,
      stagesDone: Object.keys(record.stages),
    };
  }
}
