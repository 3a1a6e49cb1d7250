// Model-based test: random edits and moves never leave the current step broken without a review flag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectKind } from '../../../src-preload/contract/entities';
import {
  WORKFLOW_STEP_IDS,
  WorkflowStateSchema,
  type ProjectFile,
  type WorkflowStepId,
} from '../../../src-preload/contract/project';
import {
  advanceTo,
  goBackTo,
  markNeedsReviewIfBroken,
  reviewStatus,
  workflowSteps,
} from '../../../src-main/workflow';
import {
  KINDS,
  completeProject,
  makeBeat,
  makeCharacter,
  makeLocation,
  makeProject,
  makeRelationship,
  makeScene,
  makeShot,
  withEntities,
  withMeta,
} from './fixtures';

type Action =
  | { type: 'addCharacter'; role: boolean; description: boolean }
  | { type: 'addLocation' }
  | { type: 'addScene'; location: number | null; characters: number[] }
  | { type: 'addShot'; scene: number; timed: boolean }
  | { type: 'fixScene'; scene: number }
  | { type: 'giveRole'; character: number }
  | { type: 'timeShots' }
  | { type: 'addRelationship'; a: number; b: number }
  | { type: 'addBeat' }
  | { type: 'setLogline'; on: boolean }
  | {
      type: 'delete';
      collection: 'characters' | 'locations' | 'scenes' | 'shots' | 'relationships';
      index: number;
    }
  | { type: 'advance' | 'back'; step: WorkflowStepId };

const index = fc.nat({ max: 7 });
const step = fc.constantFrom(...WORKFLOW_STEP_IDS);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('addCharacter' as const),
      role: fc.boolean(),
      description: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'addLocation' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('addScene' as const),
      location: fc.option(index, { nil: null, freq: 6 }),
      characters: fc.array(index, { maxLength: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('addShot' as const), scene: index, timed: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('fixScene' as const), scene: index }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('addRelationship' as const), a: index, b: index }) },
  { weight: 1, arbitrary: fc.constant({ type: 'addBeat' as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('giveRole' as const), character: index }) },
  { weight: 1, arbitrary: fc.constant({ type: 'timeShots' as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setLogline' as const), on: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('delete' as const),
      collection: fc.constantFrom('characters', 'locations', 'scenes', 'shots', 'relationships'),
      index,
    }),
  },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('advance' as const), step }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('back' as const), step }) },
);

let clock = 0;
const tick = (): string => new Date(Date.UTC(2025, 0, 1) + ++clock * 1000).toISOString();
const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

/** Applies one edit to the entities or metadata (moves are handled by the test itself). */
function edit(p: ProjectFile, a: Action): ProjectFile {
  const e = p.entities;
  switch (a.type) {
    case 'addCharacter': {
      const c = makeCharacter(`C${e.characters.length + 1}`, {
        ...(a.role ? { role: 'supporting' as const } : {}),
        ...(a.description ? { description: 'Someone.' } : {}),
      });
      return withEntities(p, { characters: [...e.characters, c] });
    }
    case 'addLocation':
      return withEntities(p, { locations: [...e.locations, makeLocation(`L${e.locations.length + 1}`)] });
    case 'addScene': {
      const loc = a.location === null ? undefined : pick(e.locations, a.location);
      const cast = a.characters.map((i) => pick(e.characters, i)).filter((c) => c !== undefined);
      return withEntities(p, { scenes: [...e.scenes, makeScene(e.scenes.length + 1, loc, cast)] });
    }
    case 'addShot': {
      const scene = pick(e.scenes, a.scene);
      return scene
        ? withEntities(p, {
            shots: [...e.shots, makeShot(scene, e.shots.length + 1, a.timed ? 3 : undefined)],
          })
        : p;
    }
    case 'fixScene': {
      // The user gives a scene the first location and character (a modify in the chat).
      const target = pick(e.scenes, a.scene);
      const [loc, who] = [e.locations[0], e.characters[0]];
      if (!target || !loc || !who) return p;
      const fixed = { ...target, locationId: loc.id, characterIds: [who.id] };
      return withEntities(p, { scenes: e.scenes.map((s) => (s === target ? fixed : s)) });
    }
    case 'giveRole': {
      const who = pick(e.characters, a.character);
      const cast = e.characters.map((c) => (c === who ? { ...c, role: 'minor' as const } : c));
      return withEntities(p, { characters: cast });
    }
    case 'timeShots':
      return withEntities(p, { shots: e.shots.map((s) => ({ ...s, durationSec: s.durationSec ?? 2 })) });
    case 'addRelationship': {
      const [x, y] = [pick(e.characters, a.a), pick(e.characters, a.b)];
      return x && y && x !== y
        ? withEntities(p, { relationships: [...e.relationships, makeRelationship(x, y)] })
        : p;
    }
    case 'addBeat':
      return withEntities(p, { beats: [...e.beats, makeBeat(`B${e.beats.length + 1}`, e.beats.length)] });
    case 'setLogline':
      return withMeta(p, { logline: a.on ? 'Someone wants something.' : undefined });
    case 'delete': {
      const list: readonly unknown[] = e[a.collection];
      return withEntities(p, {
        [a.collection]: list.filter((_, i) => i !== a.index % Math.max(1, list.length)),
      });
    }
    case 'advance':
    case 'back':
      return p;
  }
}

describe('workflow model', () => {
  it('after every action (and a review pass) the current step holds or is flagged for review', () => {
    let deepest = 0;
    let flagged = 0;
    let packaged = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<ProjectKind>(...KINDS),
        fc.boolean(),
        fc.array(action, { minLength: 10, maxLength: 120, size: 'max' }),
        (kind, fromComplete, actions) => {
          const ids = workflowSteps(kind).map((s) => s.id);
          // Half the walks start from a finished project, so late steps get broken and reviewed too.
          let p = fromComplete
            ? completeProject(kind)
            : makeProject(kind, { title: 'Untitled', tone: 'dry' });
          for (const a of actions) {
            if (a.type === 'advance' || a.type === 'back') {
              const before = p.project.workflow;
              const moved =
                a.type === 'advance'
                  ? advanceTo(p, a.step, 'model', tick())
                  : goBackTo(p, a.step, 'model', tick());
              if (moved.ok) {
                p = withMeta(p, { workflow: moved.workflow });
                expect(moved.workflow.current).toBe(before.current === a.step ? before.current : a.step);
                if (a.type === 'advance') {
                  // Advancing only ever lands on a step whose prerequisites hold, unflagged.
                  expect(reviewStatus(p).ok).toBe(true);
                  expect(moved.workflow.needsReview).not.toContain(a.step);
                } else {
                  const later = before.completed.filter((s) => ids.indexOf(s) > ids.indexOf(a.step));
                  for (const s of later) expect(moved.workflow.needsReview).toContain(s);
                }
              }
            } else {
              p = edit(p, a);
            }
            const workflow = WorkflowStateSchema.parse(markNeedsReviewIfBroken(p, tick()));
            p = withMeta(p, { workflow });
            expect(ids).toContain(workflow.current);
            expect(reviewStatus(p).ok || workflow.needsReview.includes(workflow.current)).toBe(true);
            deepest = Math.max(deepest, ids.indexOf(workflow.current));
            if (workflow.needsReview.includes(workflow.current)) flagged++;
            if (workflow.current === 'package') packaged++;
          }
        },
      ),
      { numRuns: 200, seed: 20250301 },
    );
    // The walk must reach deep into the workflow, or the invariant was only tested near `concept`.
    expect(deepest).toBeGreaterThanOrEqual(9);
    expect(packaged).toBeGreaterThan(0);
    // …and edits must actually break the current step sometimes, or the review path went untested.
    expect(flagged).toBeGreaterThan(0);
  });
});
