// Presentation rules of the workflow stepper: what each step status shows, says and does when activated.
import type { WorkflowStepView } from '../contract';
import { assertNever } from './assert-never';

/** What activating a step does: move the workflow there, explain why it is blocked, or nothing (you are there). */
export type StepAction = 'move' | 'explain' | 'none';

export interface StepPresentation {
  /** The glyph in the step's circle (its number when there is nothing to mark). */
  mark: string;
  /** The status in words, read by screen readers after the title. */
  spoken: string;
  /** Blocked steps are aria-disabled (still focusable, so the reason can be read) rather than disabled. */
  ariaDisabled: boolean;
  action: StepAction;
}

/** How a step is shown; `index` is its 0-based position (the number shown for steps without a mark). */
export function presentStep(
  step: Pick<WorkflowStepView, 'status' | 'needsReview'>,
  index: number,
): StepPresentation {
  const review = step.needsReview ? ', needs review' : '';
  switch (step.status) {
    case 'done':
      return {
        mark: step.needsReview ? '!' : '✓',
        spoken: `done${review}`,
        ariaDisabled: false,
        action: 'move',
      };
    case 'current':
      // Activating the current step acknowledges its review flag; otherwise there is nowhere to go.
      return {
        mark: step.needsReview ? '!' : '●',
        spoken: `current step${review}`,
        ariaDisabled: false,
        action: step.needsReview ? 'move' : 'none',
      };
    case 'available':
      return { mark: String(index + 1), spoken: `available${review}`, ariaDisabled: false, action: 'move' };
    case 'blocked':
      return { mark: String(index + 1), spoken: `blocked${review}`, ariaDisabled: true, action: 'explain' };
    default:
      return assertNever(step.status, 'workflow step status');
  }
}

/** The plain-words reason a step is blocked (every reason, in order), or '' when it is not. */
export function blockedReason(step: Pick<WorkflowStepView, 'status' | 'blocked'>): string {
  if (step.status !== 'blocked') return '';
  const reasons = step.blocked?.reasons.filter((r) => r.trim() !== '') ?? [];
  return reasons.length > 0 ? reasons.join(' ') : 'Finish the earlier steps first.';
}

/** The step the stepper should point at: the current one, else the first not done (a view from an older file). */
export function currentStepIndex(steps: readonly Pick<WorkflowStepView, 'status'>[]): number {
  const current = steps.findIndex((s) => s.status === 'current');
  return current >= 0 ? current : steps.findIndex((s) => s.status !== 'done');
}
