// The words of every guard: reasons (with counts) and remedies (label → chat command), as inline snapshots.
import { describe, expect, it } from 'vitest';
import type { WorkflowStepId } from '../../../src-preload/contract/project';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { canAdvanceTo, parseWorkflowConfig, type WorkflowConfig } from '../../../src-main/workflow';
import {
  atStep,
  completeProject,
  makeCharacter,
  makeLocation,
  makeProject,
  makeScene,
  makeShot,
  withEntities,
  withMeta,
} from './fixtures';

/** A blocked check as readable text; ids of remedies are left out (they embed ULIDs). */
function say(project: ProjectFile, step: WorkflowStepId, config?: WorkflowConfig): string {
  const check = canAdvanceTo(project, step, config);
  if (check.ok) return 'ok';
  return [
    `${check.code} at ${check.blockedAt}`,
    ...check.reasons.map((r) => `• ${r}`),
    ...check.remedies.map((r) => `[${r.label}] → ${r.command}`),
  ].join('\n');
}

const done = completeProject('feature-film');
const [mara, theo, ines] = done.entities.characters;

describe('guard messages', () => {
  it('conceptDefined', () => {
    expect(say(makeProject('feature-film'), 'story_structure')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CONCEPT at story_structure
      • Describe the idea first — the project has no logline, theme or title yet.
      [Write a logline] → write a logline
      [Set the theme] → set the theme"
    `);
  });

  it('brandDefined', () => {
    expect(say(makeProject('commercial', { logline: 'Coffee that wakes the city.' }), 'story_structure'))
      .toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_BRAND at story_structure
      • Describe the brand first — the project has no tone or style yet.
      [Set the brand tone] → set the brand tone
      [Set the visual style] → set the visual style"
    `);
  });

  it('storyStructured', () => {
    expect(say(makeProject('feature-film', { theme: 'grief' }), 'characters')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_STORY_STRUCTURE at characters
      • Outline the story first — add at least 1 beat (you have 0) or write a logline.
      [Generate a beat sheet] → generate a beat sheet
      [Write a logline] → write a logline"
    `);
  });

  it('enoughCharacters', () => {
    const base = makeProject('feature-film', { logline: 'A heist.' });
    expect(say(withEntities(base, { characters: [makeCharacter('Mara')] }), 'relationships'))
      .toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CHARACTERS at relationships
      • Create at least 2 characters first — you have 1.
      [Create a character] → create a character"
    `);
    expect(say(base, 'relationships')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CHARACTERS at relationships
      • Create at least 2 characters first — you have 0.
      [Create 2 characters] → create 2 characters"
    `);
  });

  it('relationshipsMapped', () => {
    expect(say(withEntities(done, { relationships: [] }), 'locations')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_RELATIONSHIPS at locations
      • Create at least 1 relationship between characters first — you have 0.
      [Create a relationship between Mara and Theo] → create a relationship between Mara and Theo"
    `);
  });

  it('charactersDeveloped', () => {
    const characters = [
      { ...mara!, description: undefined },
      { ...theo!, role: undefined },
      { ...ines!, role: undefined, description: '  ' },
    ];
    expect(say(withEntities(done, { characters }), 'scene_breakdown')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CHARACTER_DETAILS at scene_breakdown
      • Give at least 2 characters a name, a role and a description first — 0 of 3 characters have all three.
      • Still missing: Mara needs a description, Theo needs a role and Ines needs a role and a description.
      [Describe Mara] → describe Mara
      [Give Theo a role] → give Theo a role"
    `);
  });

  it('enoughLocations', () => {
    expect(say(withEntities(done, { locations: [] }), 'scene_breakdown')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_LOCATIONS at scene_breakdown
      • Create at least 1 location first — you have 0.
      [Create a location] → create a location"
    `);
  });

  it('scenesExist', () => {
    expect(say(withEntities(done, { scenes: [] }), 'storyboard')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_SCENES at storyboard
      • Break the story into at least 1 scene first — you have 0.
      [Generate the scene breakdown] → generate the scene breakdown
      [Create a scene] → create a scene"
    `);
  });

  it('scenesComplete', () => {
    const loc = makeLocation('Roof');
    const scenes = [
      makeScene(1, loc, [mara!]),
      makeScene(2, undefined, [mara!]),
      makeScene(3, makeLocation('Deleted'), []),
      makeScene(4, loc, [makeCharacter('Ghost')]),
      makeScene(5, undefined, [theo!]),
    ];
    expect(say(withEntities(done, { scenes, locations: [loc] }), 'storyboard')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_SCENE_DETAILS at storyboard
      • 3 of 5 scenes have no location: scene 2, scene 3 and scene 5.
      • 2 of 5 scenes have no characters: scene 3 and scene 4.
      [Set the location of scene 2] → set the location of scene 2
      [Set the location of scene 3] → set the location of scene 3
      [Set the location of scene 5] → set the location of scene 5
      [Add characters to scene 3] → add characters to scene 3
      [Add characters to scene 4] → add characters to scene 4"
    `);
  });

  it('scenesStoryboarded', () => {
    const loc = done.entities.locations[0];
    const scenes = [1, 2, 3, 4, 5].map((n) => makeScene(n, loc, [mara!]));
    const shots = scenes.slice(0, 3).map((s) => makeShot(s, 1, 3));
    const project = withEntities(done, { scenes, shots });
    expect(say(project, 'shot_list')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_STORYBOARD at shot_list
      • Storyboard every scene first — 2 of 5 scenes have no shots: scene 4 and scene 5.
      [Storyboard all scenes] → storyboard all scenes
      [Storyboard scene 4] → storyboard scene 4
      [Storyboard scene 5] → storyboard scene 5"
    `);
    const config = parseWorkflowConfig({ all: { thresholds: { minShotsPerScene: 2 } } });
    if (!config.ok) throw new Error(config.error.message);
    expect(say(withEntities(project, { scenes: scenes.slice(0, 1) }), 'shot_list', config.config))
      .toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_STORYBOARD at shot_list
      • Storyboard every scene first — 1 of 1 scene has fewer than 2 shots: scene 1.
      [Storyboard scene 1] → storyboard scene 1"
    `);
  });

  it('charactersCastable', () => {
    const extras = ['Ana', 'Bo', 'Cy', 'Di'].map((name) => makeCharacter(name));
    expect(say(withEntities(done, { characters: [...done.entities.characters, ...extras] }), 'casting'))
      .toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CHARACTER_ROLES at casting
      • Give every character a role first — 4 of 7 characters have none: Ana, Bo, Cy and 1 more.
      [Give Ana a role] → give Ana a role
      [Give Bo a role] → give Bo a role
      [Give Cy a role] → give Cy a role"
    `);
  });

  it('shotListComplete', () => {
    const shots = done.entities.shots.map((s, i) => (i < 3 ? { ...s, durationSec: undefined } : s));
    expect(say(withEntities(done, { shots }), 'package')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_SHOT_LIST at package
      • Give every shot a duration first — 3 of 6 shots have none.
      [Estimate shot durations] → estimate shot durations"
    `);
  });

  it('offers to go back when the blocker is behind the current step', () => {
    const project = atStep(withEntities(done, { characters: [mara!] }), 'storyboard');
    expect(say(project, 'shot_list')).toMatchInlineSnapshot(`
      "WORKFLOW_NEEDS_CHARACTERS at relationships
      • Create at least 2 characters first — you have 1.
      • 1 of 3 scenes has no characters: scene 3.
      [Create a character] → create a character
      [Go back to Characters] → go back to characters
      [Add characters to scene 3] → add characters to scene 3
      [Go back to Scene breakdown] → go back to scene breakdown"
    `);
  });

  it('names a step the kind does not have', () => {
    expect(say(makeProject('music-video'), 'casting')).toMatchInlineSnapshot(`
      "WORKFLOW_STEP_NOT_IN_KIND at casting
      • A music video project has no casting step."
    `);
    expect(say(withMeta(done, {}), 'brand')).toMatchInlineSnapshot(`
      "WORKFLOW_STEP_NOT_IN_KIND at brand
      • A feature film project has no brand step."
    `);
  });
});
