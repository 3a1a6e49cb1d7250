// Frame sketches from shot data: figure scale follows shot size, the horizon the angle, arrows the movement.
import { describe, expect, it } from 'vitest';
import type { Shot } from '../../../src-preload/contract/entities';
import { sketchShot, type SketchPrimitive } from '../../../src-preload/contract/frame-sketch';

const shot = (patch: Partial<Shot>): Shot =>
  ({ size: 'MS', angle: 'eye', movement: 'static', characterIds: [], ...patch }) as Shot;
const heads = (p: SketchPrimitive[]) =>
  p.filter((x) => x.kind === 'circle') as Extract<SketchPrimitive, { kind: 'circle' }>[];
const arrow = (p: SketchPrimitive[]) =>
  p.find((x) => x.kind === 'arrow') as Extract<SketchPrimitive, { kind: 'arrow' }>;
const horizonY = (p: SketchPrimitive[]) =>
  (p.find((x) => x.kind === 'line') as { from: [number, number] }).from[1];

describe('sketchShot', () => {
  it('draws closer shots with bigger heads and an insert as a prop without figures', () => {
    const r = (size: Shot['size']) => heads(sketchShot(shot({ size })))[0]?.r ?? 0;
    expect(r('WS')).toBeLessThan(r('MS'));
    expect(r('MS')).toBeLessThan(r('CU'));
    const insert = sketchShot(shot({ size: 'insert' }));
    expect(heads(insert)).toEqual([]);
    expect(insert.some((p) => p.kind === 'polygon' && p.role === 'prop')).toBe(true);
  });

  it('puts the horizon high for a high angle, low for a low angle, and a grid for overhead', () => {
    expect(horizonY(sketchShot(shot({ angle: 'high' })))).toBeLessThan(
      horizonY(sketchShot(shot({ angle: 'low' }))),
    );
    expect(
      sketchShot(shot({ angle: 'overhead' })).filter((p) => p.kind === 'line' && p.role === 'grid'),
    ).toHaveLength(4);
  });

  it('points a crane down arrow down and a crane up arrow up', () => {
    const down = arrow(
      sketchShot(shot({ movement: 'crane', description: 'Crane down to Sarah at the door.' })),
    );
    const up = arrow(sketchShot(shot({ movement: 'crane', description: 'Crane up over the rooftops.' })));
    // Frame y points down: a downward arrow ends lower (larger y) than it starts.
    expect(down.points.at(-1)![1]).toBeGreaterThan(down.points[0]![1]);
    expect(up.points.at(-1)![1]).toBeLessThan(up.points[0]![1]);
    expect(sketchShot(shot({ movement: 'static' })).some((p) => p.kind === 'arrow')).toBe(false);
  });
});
