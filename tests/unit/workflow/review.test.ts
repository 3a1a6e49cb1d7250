// reviewStatus and markNeedsReviewIfBroken: edits that break the current step's prerequisites get flagged.
import { describe, expect, it } from 'vitest';
import { markNeedsReviewIfBroken, reviewStatus } from '../../../src-main/workflow';
import { NOW, atStep, completeProject, withEntities } from './fixtures';

const done = completeProject('feature-film');
const reached = [
  'concept',
  'story_structure',
  'characters',
  'relationships',
  'locations',
  'scene_breakdown',
] as const;
const atStoryboard = atStep(done, 'storyboard', [...reached]);

describe('reviewStatus', () => {
  it('is ok while the current step prerequisites hold', () => {
    expect(reviewStatus(atStoryboard)).toEqual({ ok: true, current: 'storyboard' });
  });

  it('names the broken step and every later step reached when a character is deleted', () => {
    const project = withEntities(atStoryboard, { characters: done.entities.characters.slice(0, 1) });
    const status = reviewStatus(project);
    expect(status).toMatchObject({
      ok: false,
      code: 'WORKFLOW_NEEDS_CHARACTERS',
      blockedAt: 'relationships',
      needsReview: ['characters', 'relationships', 'locations', 'scene_breakdown', 'storyboard'],
    });
  });

  it('ignores later steps: a missing shot list does not break the storyboard step', () => {
    expect(reviewStatus(withEntities(atStoryboard, { shots: [] })).ok).toBe(true);
  });

  it('notices a scene whose location was deleted', () => {
    const project = atStep(withEntities(done, { locations: done.entities.locations.slice(1) }), 'shot_list');
    expect(reviewStatus(project)).toMatchObject({ ok: false, code: 'WORKFLOW_NEEDS_SCENE_DETAILS' });
  });
});

describe('markNeedsReviewIfBroken', () => {
  it('returns the same state object when nothing is broken', () => {
    expect(markNeedsReviewIfBroken(atStoryboard, NOW)).toBe(atStoryboard.project.workflow);
  });

  it('flags the steps, keeps current and completed, and records why once', () => {
    const project = withEntities(atStoryboard, { locations: [] });
    const wf = markNeedsReviewIfBroken(project, NOW);
    expect(wf.current).toBe('storyboard');
    expect(wf.completed).toEqual([...reached]);
    expect(wf.needsReview).toEqual(['locations', 'scene_breakdown', 'storyboard']);
    expect(wf.history).toEqual([
      {
        at: NOW,
        from: 'storyboard',
        to: 'storyboard',
        cause: 'needs review: Create at least 1 location first — you have 0.',
      },
    ]);
    const again = { ...project, project: { ...project.project, workflow: wf } };
    expect(markNeedsReviewIfBroken(again, NOW)).toBe(wf);
  });
});
