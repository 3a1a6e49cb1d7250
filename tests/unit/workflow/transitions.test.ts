// Advancing, going back and moving: completed steps, review flags, history, and blocked moves.
import { describe, expect, it } from 'vitest';
import type { ProjectFile, WorkflowState } from '../../../src-preload/contract/project';
import { WorkflowStateSchema } from '../../../src-preload/contract/project';
import { advanceTo, goBackTo, moveTo, parseWorkflowConfig } from '../../../src-main/workflow';
import { NOW, atStep, completeProject, makeProject, withEntities, withMeta } from './fixtures';

const LATER = '2025-03-01T11:00:00.000Z';
const done = completeProject('feature-film');
const withWorkflow = (p: ProjectFile, workflow: WorkflowState): ProjectFile => withMeta(p, { workflow });

function expectOk(result: ReturnType<typeof advanceTo>): WorkflowState {
  if (!result.ok) throw new Error(`${result.code}: ${result.reasons.join(' ')}`);
  return WorkflowStateSchema.parse(result.workflow);
}

describe('advanceTo', () => {
  it('moves one step, completes the step left and records the cause', () => {
    const wf = expectOk(advanceTo(done, 'story_structure', 'user: move on', NOW));
    expect(wf).toEqual({
      current: 'story_structure',
      completed: ['concept'],
      needsReview: [],
      history: [{ at: NOW, from: 'concept', to: 'story_structure', cause: 'user: move on' }],
    });
  });

  it('skips ahead over satisfied steps, completing each of them', () => {
    const wf = expectOk(advanceTo(done, 'storyboard', 'imported screenplay', NOW));
    expect(wf.current).toBe('storyboard');
    expect(wf.completed).toEqual([
      'concept',
      'story_structure',
      'characters',
      'relationships',
      'locations',
      'scene_breakdown',
    ]);
  });

  it('refuses to jump over a blocked step and changes nothing', () => {
    const project = withEntities(done, { locations: [] });
    const result = advanceTo(project, 'package', 'go', NOW);
    expect(result).toMatchObject({
      ok: false,
      code: 'WORKFLOW_NEEDS_LOCATIONS',
      blockedAt: 'scene_breakdown',
    });
    expect(project.project.workflow.current).toBe('concept');
  });

  it('is a no-op at the current step, and refuses earlier steps with a go-back remedy', () => {
    const at = atStep(done, 'locations', ['concept']);
    expect(advanceTo(at, 'locations', 'again', NOW)).toEqual({ ok: true, workflow: at.project.workflow });
    const back = advanceTo(at, 'characters', 'oops', NOW);
    expect(back).toMatchObject({ ok: false, code: 'WORKFLOW_STEP_BEHIND', blockedAt: 'characters' });
    if (!back.ok) expect(back.remedies[0]?.command).toBe('go back to characters');
  });

  it('refuses a step the kind does not have', () => {
    expect(advanceTo(completeProject('music-video'), 'casting', 'go', NOW)).toMatchObject({
      ok: false,
      code: 'WORKFLOW_STEP_NOT_IN_KIND',
    });
  });

  it('clears the review flag of the step left and the step entered, keeps the others', () => {
    const at = withWorkflow(done, {
      current: 'characters',
      completed: ['concept', 'story_structure', 'relationships', 'locations'],
      needsReview: ['characters', 'relationships', 'locations'],
      history: [],
    });
    const wf = expectOk(advanceTo(at, 'relationships', 'reviewed', LATER));
    expect(wf.needsReview).toEqual(['locations']);
  });

  it('truncates a long cause to the schema limit and keeps history bounded', () => {
    const history = Array.from({ length: 2_000 }, (_, i) => ({
      at: NOW,
      to: 'concept' as const,
      cause: `c${i}`,
    }));
    const at = withWorkflow(done, { current: 'concept', completed: [], needsReview: [], history });
    const wf = expectOk(advanceTo(at, 'story_structure', 'x'.repeat(900), NOW));
    expect(wf.history).toHaveLength(2_000);
    expect(wf.history.at(-1)?.cause).toHaveLength(500);
    expect(wf.history[0]?.cause).toBe('c1');
  });

  it('uses the configuration (a skipped step is not a target, thresholds apply)', () => {
    const parsed = parseWorkflowConfig({ kinds: { 'feature-film': { skip: ['relationships'] } } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const project = withEntities(done, { relationships: [] });
    expect(advanceTo(project, 'locations', 'go', NOW, parsed.config).ok).toBe(true);
    expect(advanceTo(project, 'relationships', 'go', NOW, parsed.config)).toMatchObject({
      code: 'WORKFLOW_STEP_NOT_IN_KIND',
    });
  });
});

describe('goBackTo', () => {
  const at = withWorkflow(done, {
    current: 'storyboard',
    completed: ['concept', 'story_structure', 'characters', 'relationships', 'locations', 'scene_breakdown'],
    needsReview: [],
    history: [],
  });

  it('is always allowed to an earlier step and flags later reached steps for review (data kept)', () => {
    const project = withEntities(at, { characters: [], locations: [] });
    const wf = expectOk(goBackTo(project, 'characters', 'user: change the cast', LATER));
    expect(wf).toEqual({
      current: 'characters',
      completed: ['concept', 'story_structure', 'relationships', 'locations', 'scene_breakdown'],
      needsReview: ['relationships', 'locations', 'scene_breakdown', 'storyboard'],
      history: [{ at: LATER, from: 'storyboard', to: 'characters', cause: 'user: change the cast' }],
    });
  });

  it('refuses a later step with a move-on remedy, and is a no-op at the current step', () => {
    const ahead = goBackTo(at, 'package', 'x', NOW);
    expect(ahead).toMatchObject({ ok: false, code: 'WORKFLOW_STEP_AHEAD', blockedAt: 'package' });
    if (!ahead.ok) expect(ahead.remedies[0]?.command).toBe('move on to package');
    expect(goBackTo(at, 'storyboard', 'x', NOW)).toEqual({ ok: true, workflow: at.project.workflow });
  });
});

describe('moveTo', () => {
  it('goes back or forward depending on where the step lies', () => {
    const at = atStep(done, 'scene_breakdown', [
      'concept',
      'story_structure',
      'characters',
      'relationships',
      'locations',
    ]);
    expect(expectOk(moveTo(at, 'characters', 'back', NOW)).needsReview).toContain('scene_breakdown');
    expect(expectOk(moveTo(at, 'shot_list', 'fwd', NOW)).current).toBe('shot_list');
  });

  it('treats a current step the configuration removed as sitting after the step before it', () => {
    const parsed = parseWorkflowConfig({ all: { skip: ['relationships'] } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const at = atStep(done, 'relationships', ['concept', 'story_structure', 'characters']);
    expect(expectOk(moveTo(at, 'characters', 'back', NOW, parsed.config)).current).toBe('characters');
    expect(expectOk(moveTo(at, 'locations', 'fwd', NOW, parsed.config)).current).toBe('locations');
  });

  it('an empty project cannot leave the concept step', () => {
    expect(moveTo(makeProject('short-film'), 'story_structure', 'go', NOW)).toMatchObject({
      code: 'WORKFLOW_NEEDS_CONCEPT',
    });
  });
});

describe('advanceTo the current step', () => {
  it('answers with the reason when an edit broke it since', () => {
    const at = atStep(withEntities(done, { characters: [] }), 'relationships', [
      'concept',
      'story_structure',
      'characters',
    ]);
    expect(advanceTo(at, 'relationships', 'again', NOW)).toMatchObject({
      ok: false,
      code: 'WORKFLOW_NEEDS_CHARACTERS',
    });
  });
});

describe('advanceTo the current step when it holds', () => {
  it('acknowledges its review flag with a history entry', () => {
    const at = withWorkflow(done, {
      current: 'locations',
      completed: [],
      needsReview: ['locations', 'storyboard'],
      history: [],
    });
    const wf = expectOk(advanceTo(at, 'locations', 'reviewed', LATER));
    expect(wf.needsReview).toEqual(['storyboard']);
    expect(wf.history).toEqual([{ at: LATER, from: 'locations', to: 'locations', cause: 'reviewed' }]);
  });
});
