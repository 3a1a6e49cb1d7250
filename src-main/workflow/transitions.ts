// Pure workflow moves: advance (guarded, may skip ahead over satisfied steps), go back (always), or either.
import type { ProjectFile, WorkflowState, WorkflowStepId } from '../../src-preload/contract/project';
import { checkUpTo, notInKind } from './check';
import type { WorkflowConfig } from './config';
import { positionOf, resolveWorkflow, stepIndex, type ResolvedWorkflow } from './resolve';
import { WORKFLOW_CODES, masterIndex, stepPhrase } from './steps';
import type { Blocked, MoveResult } from './types';

/** Schema limits of WorkflowState (project.ts): a cause is at most 500 characters, history 2,000 entries. */
const MAX_CAUSE = 500;
const MAX_HISTORY = 2_000;

/** A set of steps in master order, without duplicates (stable output for diffs and tests). */
const ordered = (steps: Iterable<WorkflowStepId>): WorkflowStepId[] =>
  [...new Set(steps)].sort((a, b) => masterIndex(a) - masterIndex(b));

function withHistory(
  state: WorkflowState,
  to: WorkflowStepId,
  cause: string,
  now: string,
): WorkflowState['history'] {
  const entry = { at: now, from: state.current, to, cause: cause.slice(0, MAX_CAUSE) };
  return [...state.history, entry].slice(-MAX_HISTORY);
}

function wrongWay(wf: ResolvedWorkflow, step: WorkflowStepId, code: string): Blocked {
  const title = wf.steps[stepIndex(wf, step)]?.title ?? step;
  const behind = code === WORKFLOW_CODES.stepBehind;
  return {
    ok: false,
    code,
    reasons: [
      behind
        ? `The project is already past ${title} — go back to it instead.`
        : `${title} is ahead of the current step — move on to it instead.`,
    ],
    remedies: [
      behind
        ? { id: 'go-back', label: `Go back to ${title}`, command: `go back to ${stepPhrase(step)}` }
        : { id: 'move-on', label: `Move on to ${title}`, command: `move on to ${stepPhrase(step)}` },
    ],
    blockedAt: step,
    guards: [],
  };
}

/**
 * Moves forward to `step` when its guards and every earlier step's guards hold. Every step before
 * the target is marked completed (skipping ahead over satisfied steps is allowed); the step left
 * and the step entered lose their review flag. Already at `step`: ok, and its review flag is cleared
 * (unchanged object when there was none) — unless an edit broke its prerequisites, then blocked.
 */
export function advanceTo(
  project: ProjectFile,
  step: WorkflowStepId,
  cause: string,
  now: string,
  config?: WorkflowConfig,
): MoveResult {
  const wf = resolveWorkflow(project.project.kind, config);
  const state = project.project.workflow;
  const target = stepIndex(wf, step);
  if (target < 0) return notInKind(wf, step);
  const from = positionOf(wf, state.current);
  if (target < from) return wrongWay(wf, step, WORKFLOW_CODES.stepBehind);
  const check = checkUpTo(project, wf, target, from);
  if (!check.ok) return check;
  if (target === from) {
    // Asking for the step you are at, with its prerequisites holding, acknowledges its review flag.
    if (!state.needsReview.includes(step)) return { ok: true, workflow: state };
    const needsReview = state.needsReview.filter((s) => s !== step);
    return { ok: true, workflow: { ...state, needsReview, history: withHistory(state, step, cause, now) } };
  }
  const passed = wf.steps.slice(0, target).map((s) => s.id);
  return {
    ok: true,
    workflow: {
      current: step,
      completed: ordered([...state.completed, ...passed]),
      needsReview: ordered(state.needsReview.filter((s) => s !== step && s !== state.current)),
      history: withHistory(state, step, cause, now),
    },
  };
}

/**
 * Goes back to an earlier step: always allowed. Later steps that were completed (and the step
 * left) keep their data and stay completed, but are flagged in `needsReview`.
 */
export function goBackTo(
  project: ProjectFile,
  step: WorkflowStepId,
  cause: string,
  now: string,
  config?: WorkflowConfig,
): MoveResult {
  const wf = resolveWorkflow(project.project.kind, config);
  const state = project.project.workflow;
  const target = stepIndex(wf, step);
  if (target < 0) return notInKind(wf, step);
  const from = positionOf(wf, state.current);
  if (target === from) return { ok: true, workflow: state };
  if (target > from) return wrongWay(wf, step, WORKFLOW_CODES.stepAhead);
  const later = (s: WorkflowStepId): boolean => stepIndex(wf, s) > target;
  const flagged = [...state.completed.filter(later), ...(later(state.current) ? [state.current] : [])];
  return {
    ok: true,
    workflow: {
      current: step,
      completed: ordered(state.completed.filter((s) => s !== step)),
      needsReview: ordered([...state.needsReview, ...flagged].filter((s) => s !== step)),
      history: withHistory(state, step, cause, now),
    },
  };
}

/** Goes to `step` in whichever direction it lies (what a chat `advance` with a `targetStep` means). */
export function moveTo(
  project: ProjectFile,
  step: WorkflowStepId,
  cause: string,
  now: string,
  config?: WorkflowConfig,
): MoveResult {
  const wf = resolveWorkflow(project.project.kind, config);
  const target = stepIndex(wf, step);
  if (target >= 0 && target < positionOf(wf, project.project.workflow.current)) {
    return goBackTo(project, step, cause, now, config);
  }
  return advanceTo(project, step, cause, now, config);
}
