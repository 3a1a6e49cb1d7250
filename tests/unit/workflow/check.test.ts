// availableNextSteps (chat choices / stepper) and canAdvanceTo boundaries.
import { describe, expect, it } from 'vitest';
import { availableNextSteps, canAdvanceTo } from '../../../src-main/workflow';
import { atStep, completeProject, makeCharacter, makeProject, withEntities } from './fixtures';

describe('availableNextSteps', () => {
  it('lists every step ahead with a move-on command, ok until the first blocked step', () => {
    const project = withEntities(completeProject('feature-film'), { locations: [] });
    const next = availableNextSteps(atStep(project, 'characters'));
    expect(next.map((s) => `${s.command}: ${s.check.ok ? 'ok' : s.check.code}`)).toMatchInlineSnapshot(`
      [
        "move on to relationships: ok",
        "move on to locations: ok",
        "move on to scene breakdown: WORKFLOW_NEEDS_LOCATIONS",
        "move on to storyboard: WORKFLOW_NEEDS_LOCATIONS",
        "move on to shot list: WORKFLOW_NEEDS_LOCATIONS",
        "move on to casting: WORKFLOW_NEEDS_LOCATIONS",
        "move on to package: WORKFLOW_NEEDS_LOCATIONS",
      ]
    `);
  });

  it('says for each step ahead what checking that step alone says (guard outcomes are shared, not changed)', () => {
    const partly = withEntities(completeProject('feature-film'), {
      locations: [],
      characters: [makeCharacter('A'), { ...makeCharacter('B'), role: undefined }],
    });
    for (const project of [makeProject('feature-film'), atStep(partly, 'characters')]) {
      const next = availableNextSteps(project);
      expect(next.length).toBeGreaterThan(3);
      for (const step of next) expect(step.check).toEqual(canAdvanceTo(project, step.id));
    }
  });

  it('is empty at the last step', () => {
    expect(availableNextSteps(atStep(completeProject('music-video'), 'package'))).toEqual([]);
  });

  it('offers nothing open for an empty project, with the reason on the next step', () => {
    const [first] = availableNextSteps(makeProject('commercial'));
    expect(first?.id).toBe('brand');
    expect(first?.check).toMatchObject({ ok: false, code: 'WORKFLOW_NEEDS_CONCEPT', blockedAt: 'brand' });
  });
});

describe('canAdvanceTo thresholds', () => {
  it('passes exactly at the threshold and fails one below', () => {
    const base = makeProject('feature-film', { logline: 'A heist.' });
    const two = withEntities(base, { characters: [makeCharacter('A'), makeCharacter('B')] });
    expect(canAdvanceTo(two, 'relationships')).toEqual({ ok: true });
    expect(canAdvanceTo(withEntities(base, { characters: [makeCharacter('A')] }), 'relationships').ok).toBe(
      false,
    );
    const solo = withEntities(makeProject('music-video', { logline: 'A song.' }), {
      characters: [makeCharacter('A')],
    });
    expect(canAdvanceTo(solo, 'locations')).toEqual({ ok: true });
  });

  it('counts only relationships between characters that still exist', () => {
    const done = completeProject('feature-film');
    const ghost = makeCharacter('Ghost');
    const dangling = done.entities.relationships.map((r) => ({ ...r, targetId: ghost.id }));
    expect(canAdvanceTo(withEntities(done, { relationships: dangling }), 'locations')).toMatchObject({
      code: 'WORKFLOW_NEEDS_RELATIONSHIPS',
    });
  });

  it('accepts a logline instead of beats for the story structure', () => {
    expect(canAdvanceTo(makeProject('series-episode', { logline: 'x' }), 'characters')).toEqual({ ok: true });
    expect(canAdvanceTo(makeProject('series-episode', { title: 'x' }), 'characters')).toMatchObject({
      code: 'WORKFLOW_NEEDS_STORY_STRUCTURE',
    });
  });
});

describe('a blocked move names everything missing', () => {
  // Issue 9: "move on to scene breakdown" on an empty project named only the concept.
  it('names the idea, 2 characters and a location for scene breakdown on an empty project, each with its remedy', () => {
    const check = canAdvanceTo(makeProject('short-film'), 'scene_breakdown');
    expect(check).toMatchObject({ ok: false, code: 'WORKFLOW_NEEDS_CONCEPT', blockedAt: 'story_structure' });
    if (check.ok) return;
    expect(check.guards).toEqual(['conceptDefined', 'enoughCharacters', 'enoughLocations']);
    expect(check.reasons).toEqual([
      'Describe the idea first — the project has no logline, theme or title yet.',
      'Create at least 2 characters first — you have 0.',
      'Create at least 1 location first — you have 0.',
    ]);
    expect(check.remedies.map((r) => r.command)).toEqual([
      'write a logline',
      'set the theme',
      'create 2 characters',
      'create a location',
    ]);
  });

  it('names the guards that depend on a missing thing once it is there', () => {
    const base = makeProject('short-film', { logline: 'A heist.' });
    const two = withEntities(base, { characters: [makeCharacter('A'), makeCharacter('B')] });
    const check = canAdvanceTo(two, 'scene_breakdown');
    expect(check.ok ? [] : check.guards).toEqual([
      'relationshipsMapped',
      'charactersDeveloped',
      'enoughLocations',
    ]);
  });
});
