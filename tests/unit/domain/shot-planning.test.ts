// Shot planning: durations that add up to the scene exactly, lenses per framing, continuity notes at each cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateDurations,
  LENS_BY_SIZE,
  MIN_SHOT_SEC,
  planSceneShots,
  type PlannableShot,
} from '../../../src-main/domain/shot-planning';

const names = (id: string) => ({ ada: 'Ada', ben: 'Ben' })[id] ?? 'the subject';
const shot = (number: number, extra: Partial<PlannableShot> = {}): PlannableShot => ({
  id: `shot-${number}`,
  number,
  size: 'MS',
  characterIds: [],
  movement: 'static',
  ...extra,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const tenths = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

describe('planSceneShots durations', () => {
  it('scales the shots to the scene, keeping their proportions', () => {
    const plan = planSceneShots(
      30,
      [shot(1, { durationSec: 2 }), shot(2, { durationSec: 4 }), shot(3, { durationSec: 4 })],
      names,
    );
    expect(plan.map((p) => p.durationSec)).toEqual([6, 12, 12]);
  });

  it('keeps shot lengths that already fill the scene', () => {
    const plan = planSceneShots(10, [shot(1, { durationSec: 2.5 }), shot(2, { durationSec: 7.5 })], names);
    expect(plan.map((p) => p.durationSec)).toEqual([2.5, 7.5]);
  });

  it('a short last shot no longer pushes the total past the scene (regression)', () => {
    // Before: the last shot was clamped to 0.5 s after the others had taken the whole scene: 43.2 s for a 43 s scene.
    const plan = planSceneShots(
      43,
      [8, 19.7, 18.5, 0.4].map((d, i) => shot(i + 1, { durationSec: d })),
      names,
    );
    expect(sum(plan.map((p) => p.durationSec))).toBeCloseTo(43, 9);
    expect(Math.min(...plan.map((p) => p.durationSec))).toBeGreaterThanOrEqual(MIN_SHOT_SEC);
  });

  it('shots without a length count as 3 s; a scene without a duration keeps the shots as they are', () => {
    expect(
      planSceneShots(12, [shot(1), shot(2, { durationSec: 6 })], names).map((p) => p.durationSec),
    ).toEqual([4, 8]);
    expect(
      planSceneShots(0, [shot(1), shot(2, { durationSec: 0.2 }), shot(3, { durationSec: 4.04 })], names).map(
        (p) => p.durationSec,
      ),
    ).toEqual([3, 0.5, 4]);
  });

  it('plans by shot number, whatever the input order', () => {
    const plan = planSceneShots(
      9,
      [shot(3, { durationSec: 3 }), shot(1, { durationSec: 3 }), shot(2, { durationSec: 3 })],
      names,
    );
    expect(plan.map((p) => p.id)).toEqual(['shot-1', 'shot-2', 'shot-3']);
  });

  it('property: durations add up to the scene, in tenths, each at least the minimum when the scene allows', () => {
    const shotsArb = fc.array(
      fc.option(
        fc.integer({ min: 1, max: 600 }).map((x) => x / 10),
        { nil: undefined },
      ),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        shotsArb,
        fc.integer({ min: 1, max: 6_000 }).map((x) => x / 10),
        (lengths, scene) => {
          const shots = lengths.map((d, i) => shot(i + 1, d === undefined ? {} : { durationSec: d }));
          const durations = planSceneShots(scene, shots, names).map((p) => p.durationSec);
          expect(durations).toHaveLength(shots.length);
          expect(sum(durations)).toBeCloseTo(scene, 6);
          expect(durations.every(tenths)).toBe(true);
          const floor = Math.min(MIN_SHOT_SEC, Math.floor((scene * 10) / shots.length) / 10);
          expect(Math.min(...durations)).toBeGreaterThanOrEqual(floor - 1e-9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allocateDurations pins tiny shares to the minimum and shares the rest by weight', () => {
    expect(allocateDurations(10, [1, 1, 98])).toEqual([0.5, 0.5, 9]);
    expect(allocateDurations(1, [1, 1, 1])).toEqual([0.4, 0.3, 0.3]);
    expect(allocateDurations(5, [])).toEqual([]);
  });
});

describe('planSceneShots lenses and continuity', () => {
  it('picks the lens of the framing unless the shot has one', () => {
    const plan = planSceneShots(
      10,
      [
        shot(1, { size: 'EWS' }),
        shot(2, { size: 'CU' }),
        shot(3, { size: 'CU', lensMm: 135 }),
        shot(4, { size: 'odd' }),
      ],
      names,
    );
    expect(plan.map((p) => p.lensMm)).toEqual([LENS_BY_SIZE.EWS, LENS_BY_SIZE.CU, 135, 50]);
  });

  it('opens the scene, then notes every cut: eyelines of shared subjects, screen direction, camera speed', () => {
    const plan = planSceneShots(
      20,
      [
        shot(1, { size: 'WS', characterIds: ['ada', 'ben'], movement: 'dolly' }),
        shot(2, { size: 'MCU', characterIds: ['ada'], movement: 'pan' }),
        shot(3, { size: 'CU', characterIds: ['ben'], movement: 'static' }),
      ],
      names,
    );
    expect(plan[0]!.continuity).toMatch(/^Opening shot of the scene/);
    expect(plan[1]!.continuity).toBe(
      "Cut from WS (shot 1). Match Ada's eyeline and position; keep the 180° line. Match camera speed across the cut.",
    );
    expect(plan[2]!.continuity).toBe(
      'Cut from MCU (shot 2). New subject: keep the established screen direction.',
    );
    for (const p of plan) expect(p.continuity.length).toBeGreaterThan(0);
  });
});
