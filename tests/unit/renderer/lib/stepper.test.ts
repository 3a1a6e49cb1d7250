// Unit tests of the stepper's status rules: blocked steps stay focusable (aria-disabled) and explain themselves.
import { describe, expect, it } from 'vitest';
import type { WorkflowStepView } from '../../../../src-preload/contract';
import { blockedReason, currentStepIndex, presentStep } from '../../../../src-renderer/src/lib/stepper';

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
  it('maps each status to a mark, spoken status and action', () => {
    expect(presentStep(step('done'), 0)).toEqual({
      mark: '✓',
      spoken: 'done',
      ariaDisabled: false,
      action: 'move',
    });
    expect(presentStep(step('current'), 1)).toEqual({
      mark: '●',
      spoken: 'current step',
      ariaDisabled: false,
      action: 'none',
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

  it('flags review, and lets the current step be activated to acknowledge it', () => {
    expect(presentStep(step('current', { needsReview: true }), 0)).toMatchObject({
      mark: '!',
      spoken: 'current step, needs review',
      action: 'move',
    });
    expect(presentStep(step('done', { needsReview: true }), 0)).toMatchObject({
      mark: '!',
      spoken: 'done, needs review',
      action: 'move',
    });
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
