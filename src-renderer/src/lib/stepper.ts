// Presentation rules of the workflow stepper: what each step status shows, says and does, and which view it opens.
import type { WorkflowStepId, WorkflowStepView } from '../contract';
import type { EntityTab } from '../stores/ui-slice';
import { assertNever } from './assert-never';

/**
 * What activating a step does: show its view (a step done or current — never a move, so nothing is marked
 * done by looking), move the workflow there through the guards (a step ahead that is open), or explain why
 * it is blocked.
 */
export type StepAction = 'view' | 'move' | 'explain';

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
        action: 'view',
      };
    case 'current':
      // Activating the current step shows its view (and acknowledges a review flag, see `acknowledgesReview`).
      return {
        mark: step.needsReview ? '!' : '●',
        spoken: `current step${review}`,
        ariaDisabled: false,
        action: 'view',
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

/** Whether showing this step also clears its review flag (a move to the step you are at, which marks nothing). */
export const acknowledgesReview = (step: Pick<WorkflowStepView, 'status' | 'needsReview'>): boolean =>
  step.status === 'current' && step.needsReview;

/** The panels of the project window a step can open. */
export type StepPanel = 'Chat' | 'Entities' | 'Relationship graph' | 'Storyboard';

/** Where a step's work is seen: a panel (its region's label) and, in the entity browser, a tab. */
export interface StepView {
  panel: StepPanel;
  tab?: EntityTab;
}

/** The view of each workflow step: what you look at to see (and do) that step's work. */
export function stepView(step: WorkflowStepId): StepView {
  switch (step) {
    case 'concept':
    case 'brand':
      // The idea and the brand are told in the conversation; the header shows the logline it produced.
      return { panel: 'Chat' };
    case 'story_structure':
      return { panel: 'Entities', tab: 'beats' };
    case 'characters':
    case 'casting':
      return { panel: 'Entities', tab: 'characters' };
    case 'relationships':
      return { panel: 'Relationship graph', tab: 'relationships' };
    case 'locations':
      return { panel: 'Entities', tab: 'locations' };
    case 'scene_breakdown':
      return { panel: 'Entities', tab: 'scenes' };
    case 'storyboard':
    case 'package':
      return { panel: 'Storyboard' };
    case 'shot_list':
      return { panel: 'Entities', tab: 'shots' };
    default:
      return assertNever(step, 'workflow step');
  }
}
