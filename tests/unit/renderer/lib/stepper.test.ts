// Unit tests of the stepper's status rules: blocked steps stay focusable (aria-disabled) and explain themselves.
import { describe, expect, it } from 'vitest';
import type { WorkflowStepView } from '../../../../src-preload/contract';
import {
  acknowledgesReview,
  blockedReason,
  currentStepIndex,
  presentStep,
  stepView,
} from '../../../../src-renderer/src/lib/stepper';

const step = (
  status: WorkflowStepView['status'],
  extra: Partial<WorkflowStepView> = {},
): WorkflowStepView => ({
  id: 'characters',
  title: 'Characters',
  description: 'Who is in the story',
  status,
  needsReview: false,
  command: 'move on to characters',
  ...extra,
});

describe('presentStep', () => {
  // Issue 9: clicking a done step moved the workflow (marking steps done) and opened no view.
  it('maps each status to a mark, spoken status and action: done and current steps show their view', () => {
    expect(presentStep(step('done'), 0)).toEqual({
      mark: '✓',
      spoken: 'done',
      ariaDisabled: false,
      action: 'view',
    });
    expect(presentStep(step('current'), 1)).toEqual({
      mark: '●',
      spoken: 'current step',
      ariaDisabled: false,
      action: 'view',
    });
    expect(presentStep(step('available'), 2)).toEqual({
      mark: '3',
      spoken: 'available',
      ariaDisabled: false,
      action: 'move',
    });
    expect(presentStep(step('blocked'), 3)).toEqual({
      mark: '4',
      spoken: 'blocked',
      ariaDisabled: true,
      action: 'explain',
    });
  });

  it('flags review; showing the current step acknowledges it, showing a done step does not move', () => {
    const current = step('current', { needsReview: true });
    expect(presentStep(current, 0)).toMatchObject({
      mark: '!',
      spoken: 'current step, needs review',
      action: 'view',
    });
    expect(acknowledgesReview(current)).toBe(true);
    const done = step('done', { needsReview: true });
    expect(presentStep(done, 0)).toMatchObject({ mark: '!', spoken: 'done, needs review', action: 'view' });
    expect(acknowledgesReview(done)).toBe(false);
    expect(acknowledgesReview(step('current'))).toBe(false);
  });
});

describe('stepView', () => {
  it('opens the panel and tab where each step is seen', () => {
    expect(stepView('characters')).toEqual({ panel: 'Entities', tab: 'characters' });
    expect(stepView('relationships')).toEqual({ panel: 'Relationship graph', tab: 'relationships' });
    expect(stepView('scene_breakdown')).toEqual({ panel: 'Entities', tab: 'scenes' });
    expect(stepView('storyboard')).toEqual({ panel: 'Storyboard' });
    expect(stepView('concept')).toEqual({ panel: 'Chat' });
  });
});

describe('blockedReason', () => {
  it('joins the reasons of a blocked step', () => {
    const blocked = {
      code: 'WORKFLOW_NEEDS_CHARACTERS',
      reasons: ['Create at least 2 characters first.', 'Still missing: a role.'],
      remedies: [],
    };
    expect(blockedReason(step('blocked', { blocked }))).toBe(
      'Create at least 2 characters first. Still missing: a role.',
    );
  });

  it('still explains a blocked step without reasons, and says nothing for others', () => {
    expect(blockedReason(step('blocked'))).toBe('Finish the earlier steps first.');
    expect(
      blockedReason(step('available', { blocked: { code: 'X', reasons: ['stale'], remedies: [] } })),
    ).toBe('');
  });
});

describe('currentStepIndex', () => {
  it('finds the current step, else the first step not done', () => {
    expect(currentStepIndex([step('done'), step('current'), step('blocked')])).toBe(1);
    expect(currentStepIndex([step('done'), step('available')])).toBe(1);
    expect(currentStepIndex([])).toBe(-1);
  });
});
