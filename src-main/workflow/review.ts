// Review of the current step after edits: do its prerequisites still hold, and which steps to flag if not.
import type { ProjectFile, WorkflowState, WorkflowStepId } from '../../src-preload/contract/project';
import { checkUpTo } from './check';
import type { WorkflowConfig } from './config';
import { positionOf, resolveWorkflow, stepIndex } from './resolve';
import { GUARD_SPECS, masterIndex } from './steps';
import type { Blocked } from './types';

export type ReviewStatus =
  | { ok: true; current: WorkflowStepId }
  | (Blocked & {
      current: WorkflowStepId;
      /** The step whose output went missing, then every step after it up to the current one. */
      needsReview: WorkflowStepId[];
    });

/**
 * Whether the current step's prerequisites (its guards and every earlier step's) still hold after
 * edits, e.g. a character was deleted while storyboarding. If not, the step whose output broke and
 * every later step the project reached need review.
 */
export function reviewStatus(project: ProjectFile, config?: WorkflowConfig): ReviewStatus {
  const wf = resolveWorkflow(project.project.kind, config);
  const current = project.project.workflow.current;
  const position = positionOf(wf, current);
  const check = checkUpTo(project, wf, Math.floor(position), position);
  if (check.ok) return { ok: true, current };
  const first = check.guards[0];
  const producer =
    first === undefined ? stepIndex(wf, check.blockedAt) : stepIndex(wf, GUARD_SPECS[first].producer);
  const reached = wf.steps.filter((_, i) => i >= producer && i <= position).map((s) => s.id);
  const needsReview = [...new Set([...reached, current])];
  return { ...check, current, needsReview };
}

/**
 * Flags the steps `reviewStatus` names, so the project is marked as needing review (the current
 * step included) until the user moves through them again. Adds one history entry (from = to =
 * current) saying why. Returns the same object when nothing changed, so callers can skip a write.
 */
export function markNeedsReviewIfBroken(
  project: ProjectFile,
  now: string,
  config?: WorkflowConfig,
): WorkflowState {
  const state = project.project.workflow;
  const status = reviewStatus(project, config);
  if (status.ok) return state;
  const added = status.needsReview.filter((s) => !state.needsReview.includes(s));
  if (added.length === 0) return state;
  const needsReview = [...state.needsReview, ...added].sort((a, b) => masterIndex(a) - masterIndex(b));
  const cause = `needs review: ${status.reasons[0] ?? status.code}`.slice(0, 500);
  const history = [...state.history, { at: now, from: state.current, to: state.current, cause }].slice(
    -2_000,
  );
  return { ...state, needsReview, history };
}
