// Every guard of every kind: a complete project passes; breaking exactly that guard blocks its step with its code.
import { describe, expect, it } from 'vitest';
import type { ProjectKind } from '../../../src-preload/contract/entities';
import { ProjectFileSchema, type ProjectFile } from '../../../src-preload/contract/project';
import { KIND_WORKFLOWS } from '../../../src-main/workflow/kinds';
import { GUARD_SPECS } from '../../../src-main/workflow/steps';
import {
  canAdvanceTo,
  workflowSteps,
  GUARD_IDS,
  type GuardId,
  type Thresholds,
} from '../../../src-main/workflow';
import { completeProject, makeCharacter, withEntities, withMeta, KINDS } from './fixtures';

/** Breaks exactly one guard of a complete project, leaving every guard gated earlier intact. */
const BREAK: Record<GuardId, (p: ProjectFile, t: Thresholds) => ProjectFile> = {
  conceptDefined: (p) =>
    withMeta(p, { logline: undefined, synopsis: undefined, theme: undefined, title: undefined }),
  brandDefined: (p) => withMeta(p, { tone: undefined, style: undefined }),
  storyStructured: (p) => withEntities(withMeta(p, { logline: undefined }), { beats: [] }),
  enoughCharacters: (p, t) =>
    withEntities(p, { characters: p.entities.characters.slice(0, t.minCharacters - 1) }),
  relationshipsMapped: (p) => withEntities(p, { relationships: [] }),
  charactersDeveloped: (p, t) =>
    withEntities(p, {
      characters: p.entities.characters.map((c, i) =>
        i < t.minDevelopedCharacters - 1 ? c : { ...c, description: undefined },
      ),
    }),
  enoughLocations: (p, t) =>
    withEntities(p, { locations: p.entities.locations.slice(0, t.minLocations - 1) }),
  scenesExist: (p) => withEntities(p, { scenes: [], shots: [] }),
  scenesComplete: (p) =>
    withEntities(p, {
      scenes: p.entities.scenes.map((s, i) => (i === 0 ? { ...s, locationId: undefined } : s)),
    }),
  scenesStoryboarded: (p) =>
    withEntities(p, { shots: p.entities.shots.filter((s) => s.sceneId !== p.entities.scenes[0]?.id) }),
  charactersCastable: (p) =>
    withEntities(p, {
      characters: [...p.entities.characters, makeCharacter('Extra', { description: 'Walks by.' })],
    }),
  shotListComplete: (p) =>
    withEntities(p, {
      shots: p.entities.shots.map((s, i) => (i === 0 ? { ...s, durationSec: undefined } : s)),
    }),
};

const cases = KINDS.flatMap((kind) =>
  workflowSteps(kind).flatMap((step, index) =>
    step.guards.map((guard) => ({ kind, step: step.id, index, guard })),
  ),
);

describe('guards per kind', () => {
  it('covers every guard in at least one kind', () => {
    expect(new Set(cases.map((c) => c.guard))).toEqual(new Set(GUARD_IDS));
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(KINDS)('a complete %s project can enter every step', (kind: ProjectKind) => {
    const project = completeProject(kind);
    expect(ProjectFileSchema.safeParse(project).success).toBe(true);
    for (const step of workflowSteps(kind)) expect(canAdvanceTo(project, step.id)).toEqual({ ok: true });
  });

  it.each(cases)('$kind: $guard blocks $step', ({ kind, step, index, guard }) => {
    const broken = BREAK[guard](completeProject(kind), KIND_WORKFLOWS[kind].thresholds);
    const check = canAdvanceTo(broken, step);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.code).toBe(GUARD_SPECS[guard].code);
    expect(check.blockedAt).toBe(step);
    expect(check.guards).toContain(guard);
    expect(check.reasons.length).toBeGreaterThan(0);
    expect(check.remedies.length).toBeGreaterThan(0);
    // The step before is still reachable: the breaker hit exactly this gate.
    const previous = workflowSteps(kind)[index - 1];
    if (previous) expect(canAdvanceTo(broken, previous.id)).toEqual({ ok: true });
    // Every later step is blocked at the same place: no jumping over a blocked step.
    for (const later of workflowSteps(kind).slice(index + 1)) {
      const after = canAdvanceTo(broken, later.id);
      expect(after.ok ? undefined : after.blockedAt).toBe(step);
    }
  });
});

describe('built-in workflows', () => {
  it('orders the steps and guards of each kind', () => {
    const table = Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        workflowSteps(kind).map((s) => `${s.id}${s.guards.length ? ` [${s.guards.join(', ')}]` : ''}`),
      ]),
    );
    expect(table).toMatchInlineSnapshot(`
      {
        "commercial": [
          "concept",
          "brand [conceptDefined]",
          "story_structure [brandDefined]",
          "characters [storyStructured]",
          "locations [enoughCharacters]",
          "scene_breakdown [charactersDeveloped, enoughLocations]",
          "storyboard [scenesExist, scenesComplete]",
          "shot_list [scenesStoryboarded]",
          "casting [charactersCastable]",
          "package [shotListComplete]",
        ],
        "feature-film": [
          "concept",
          "story_structure [conceptDefined]",
          "characters [storyStructured]",
          "relationships [enoughCharacters]",
          "locations [relationshipsMapped]",
          "scene_breakdown [charactersDeveloped, enoughLocations]",
          "storyboard [scenesExist, scenesComplete]",
          "shot_list [scenesStoryboarded]",
          "casting [charactersCastable]",
          "package [shotListComplete]",
        ],
        "music-video": [
          "concept",
          "story_structure [conceptDefined]",
          "characters [storyStructured]",
          "locations [enoughCharacters]",
          "scene_breakdown [charactersDeveloped, enoughLocations]",
          "storyboard [scenesExist, scenesComplete]",
          "shot_list [scenesStoryboarded]",
          "package [shotListComplete]",
        ],
        "series-episode": [
          "concept",
          "story_structure [conceptDefined]",
          "characters [storyStructured]",
          "relationships [enoughCharacters]",
          "locations [relationshipsMapped]",
          "scene_breakdown [charactersDeveloped, enoughLocations]",
          "storyboard [scenesExist, scenesComplete]",
          "shot_list [scenesStoryboarded]",
          "casting [charactersCastable]",
          "package [shotListComplete]",
        ],
        "short-film": [
          "concept",
          "story_structure [conceptDefined]",
          "characters [storyStructured]",
          "relationships [enoughCharacters]",
          "locations [relationshipsMapped]",
          "scene_breakdown [charactersDeveloped, enoughLocations]",
          "storyboard [scenesExist, scenesComplete]",
          "shot_list [scenesStoryboarded]",
          "casting [charactersCastable]",
          "package [shotListComplete]",
        ],
      }
    `);
  });

  it('renames steps where a kind has its own words', () => {
    expect(workflowSteps('music-video').map((s) => s.title)).toMatchInlineSnapshot(`
      [
        "Concept",
        "Visual narrative",
        "Performers",
        "Locations",
        "Scene breakdown",
        "Storyboard",
        "Shot list",
        "Package",
      ]
    `);
    expect(workflowSteps('commercial').find((s) => s.id === 'brand')?.title).toBe('Brand & product');
  });
});
