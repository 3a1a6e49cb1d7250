// Running one pipeline stage: reuse its checkpoint, respect cancel/budget/workflow, persist, checkpoint, report.
import type { WorkflowStepId } from '../../../src-preload/contract/project';
import { AppFailure } from '../../shared/failure';
import { nowIso } from '../../shared/ids';
import { canAdvanceTo, workflowSteps } from '../../workflow';
import type { PipelineDeps } from './pipeline-deps';

/** Stops a run without failing it: it can be resumed (paused, awaiting review, blocked by the workflow). */
export class PipelinePause extends Error {
  constructor(
    readonly status: 'paused' | 'awaiting_review' | 'cancelled',
    readonly reason: string,
    readonly remedies: { label: string; command: string }[] = [],
    /** The run spent its budget: resuming it is the user's "Continue anyway". */
    readonly budget = false,
  ) {
    super(reason);
    this.name = 'PipelinePause';
  }
}

/** The pause of a run whose budget is used up; "Continue anyway" resumes it past the cap. */
const budgetPause = (deps: PipelineDeps): PipelinePause =>
  new PipelinePause(
    'paused',
    deps.budget.describe(),
    [{ label: 'Continue anyway', command: 'resume the run' }],
    true,
  );

/** Pauses before a stage (or a model call) when the run has spent its budget. */
export function checkBudget(deps: PipelineDeps): void {
  if (deps.budget.exhausted) throw budgetPause(deps);
}

function checkNotCancelled(deps: PipelineDeps): void {
  if (deps.signal?.aborted)
    throw new PipelinePause('cancelled', 'The run was cancelled; finished stages are kept.');
}

/** Blocks the stage (pausing the run) when the workflow step it writes into is not reachable yet. */
export function requireStep(deps: PipelineDeps, step: WorkflowStepId): void {
  const project = deps.session.file;
  if (!workflowSteps(project.project.kind, deps.workflowConfig).some((s) => s.id === step)) return;
  const check = canAdvanceTo(project, step, deps.workflowConfig);
  if (!check.ok)
    throw new PipelinePause(
      'paused',
      `Stage blocked by the workflow: ${check.reasons.join(' ')}`,
      check.remedies.map((r) => ({ label: r.label, command: r.command })),
    );
}

/**
 * Runs `compute` then `persist` once per run: a finished stage (in the checkpoint) returns its stored output
 * with no side effects, so a resumed run skips it. Persist happens in one durable change before the checkpoint.
 */
export async function runStage<T>(
  deps: PipelineDeps,
  name: string,
  compute: () => Promise<T>,
  persist: (output: T) => Promise<void>,
): Promise<T> {
  const done = deps.record.stages[name];
  if (done) return done.output as T;
  checkNotCancelled(deps);
  const runId = deps.record.runId;
  deps.emit({ type: 'stage_started', runId, stage: name, at: nowIso() });
  const work = (async () => {
    if (STAGE_DELAY_MS > 0) await new Promise((resolve) => setTimeout(resolve, STAGE_DELAY_MS));
    checkBudget(deps);
    const refused = deps.budget.refusals;
    const output = await compute();
    checkNotCancelled(deps);
    // A model call refused for the budget answered offline: pause instead of keeping a half-authored stage.
    if (deps.budget.refusals > refused) throw budgetPause(deps);
    await persist(output);
    deps.record.stages[name] = { status: 'done', finishedAt: nowIso(), output };
    // The checkpoint is written while the next stages start: persisting is idempotent (stable ids, upserts), so
    // a checkpoint lost to a crash only means this stage runs again on resume. The runner awaits the last save.
    void deps.saveRecord();
    deps.emit({ type: 'stage_finished', runId, stage: name, at: nowIso() });
    return output;
  })();
  // The runner waits for stages in flight before it records a cancel, so no checkpoint lands after it.
  deps.inFlight.add(work);
  try {
    return await work;
  } finally {
    deps.inFlight.delete(work);
  }
}

/**
 * Slows every stage by this many milliseconds (STORYLOOM_PIPELINE_STAGE_DELAY_MS): for demos and for UI tests
 * that must catch a run mid-way. Zero (no delay) unless set.
 */
const STAGE_DELAY_MS = Math.max(0, Number(process.env.STORYLOOM_PIPELINE_STAGE_DELAY_MS ?? 0) || 0);

/** Fails the run loudly when a stage is missing an input it needs (a bug or a hand-edited checkpoint). */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined)
    throw new AppFailure('PIPELINE_INPUT_MISSING', `The pipeline has no ${what} to work from.`);
  return value;
}
