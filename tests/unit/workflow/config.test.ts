// workflow.config.json: strict validation with exact field paths, and its effect on steps and guards.
import { describe, expect, it } from 'vitest';
import {
  canAdvanceTo,
  parseWorkflowConfig,
  workflowSteps,
  type WorkflowConfig,
} from '../../../src-main/workflow';
import { completeProject, withEntities } from './fixtures';

function config(json: unknown): WorkflowConfig {
  const parsed = parseWorkflowConfig(json);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.config;
}
const errorOf = (json: unknown) => {
  const parsed = parseWorkflowConfig(json);
  return parsed.ok ? undefined : parsed.error;
};

describe('parseWorkflowConfig', () => {
  it('accepts an empty object and a full one', () => {
    expect(parseWorkflowConfig({})).toEqual({ ok: true, config: {} });
    const full = {
      version: 1,
      all: { thresholds: { minScenes: 2 } },
      kinds: {
        'music-video': {
          add: ['casting'],
          titles: { casting: 'Dancers' },
          thresholds: { requireShotDurations: false },
        },
        commercial: { skip: ['casting'], descriptions: { brand: 'Client, product and claims.' } },
      },
    };
    expect(parseWorkflowConfig(full)).toEqual({ ok: true, config: full });
  });

  it('names the exact field path of the problem', () => {
    expect(errorOf({ kinds: { 'music-video': { thresholds: { minCharacters: -1 } } } }))
      .toMatchInlineSnapshot(`
      {
        "code": "WORKFLOW_CONFIG_INVALID",
        "message": "workflow.config.json: kinds.music-video.thresholds.minCharacters: Too small: expected number to be >=0",
        "path": "kinds.music-video.thresholds.minCharacters",
        "remedy": "Fix or remove "kinds.music-video.thresholds.minCharacters" in workflow.config.json; the built-in workflow is used until then.",
      }
    `);
    expect(errorOf({ kinds: { 'feature-film': { skip: ['concept'] } } })?.message).toMatchInlineSnapshot(
      `"workflow.config.json: kinds.feature-film.skip[0]: concept cannot be skipped"`,
    );
    expect(errorOf({ kinds: { documentary: {} } })?.message).toMatchInlineSnapshot(
      `"workflow.config.json: kinds.documentary: unknown field"`,
    );
    expect(
      errorOf({ all: { titles: { storyboard: 'Boards', scenes: 'x' } } })?.message,
    ).toMatchInlineSnapshot(`"workflow.config.json: all.titles.scenes: unknown field"`);
    expect(errorOf({ all: { skip: ['casting'], add: ['brand', 'casting'] } })?.message).toMatchInlineSnapshot(
      `"workflow.config.json: all.add[1]: "casting" is both skipped and added"`,
    );
    expect(errorOf({ all: { thresholds: { minScenes: 1.5 } } })?.path).toBe('all.thresholds.minScenes');
    expect(errorOf('nope')?.message).toMatchInlineSnapshot(
      `"workflow.config.json: (root): Invalid input: expected object, received string"`,
    );
  });
});

describe('configuration effects', () => {
  it('skips, adds and renames steps', () => {
    const c = config({
      all: { titles: { package: 'Deliverables' } },
      kinds: { 'music-video': { add: ['casting', 'relationships'], skip: ['story_structure'] } },
    });
    expect(workflowSteps('music-video', c).map((s) => `${s.title} [${s.guards.join(', ')}]`))
      .toMatchInlineSnapshot(`
      [
        "Concept []",
        "Performers [conceptDefined]",
        "Relationships [enoughCharacters]",
        "Locations [relationshipsMapped]",
        "Scene breakdown [charactersDeveloped, enoughLocations]",
        "Storyboard [scenesExist, scenesComplete]",
        "Shot list [scenesStoryboarded]",
        "Casting [charactersCastable]",
        "Deliverables [shotListComplete]",
      ]
    `);
  });

  it('moves a carried guard to the next step and drops a guard whose source step is gone', () => {
    const c = config({ kinds: { 'feature-film': { skip: ['relationships', 'casting'] } } });
    const steps = workflowSteps('feature-film', c);
    expect(steps.find((s) => s.id === 'locations')?.guards).toEqual(['enoughCharacters']);
    expect(steps.flatMap((s) => s.guards)).not.toContain('relationshipsMapped');
    expect(steps.flatMap((s) => s.guards)).not.toContain('charactersCastable');
  });

  it('changes thresholds, kind settings over `all`', () => {
    const c = config({
      all: { thresholds: { minCharacters: 4 } },
      kinds: { 'short-film': { thresholds: { minCharacters: 3 } } },
    });
    const three = completeProject('short-film');
    expect(canAdvanceTo(three, 'relationships', c).ok).toBe(true);
    expect(canAdvanceTo(completeProject('feature-film'), 'relationships', c)).toMatchObject({
      code: 'WORKFLOW_NEEDS_CHARACTERS',
    });
    const untimed = withEntities(three, {
      shots: three.entities.shots.map((s) => ({ ...s, durationSec: undefined })),
    });
    expect(canAdvanceTo(untimed, 'package').ok).toBe(false);
    expect(
      canAdvanceTo(untimed, 'package', config({ all: { thresholds: { requireShotDurations: false } } })).ok,
    ).toBe(true);
  });
});
