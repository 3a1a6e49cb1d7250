// A storyboard frame as vector primitives drawn from a shot's data: horizon by angle, figures by size, movement arrow.
// The one implementation shared by the PDF writer (main) and the storyboard cards (renderer): pure, no zod, no Node.
import type { Shot } from './entities';

/** Ends an exhaustive switch (the contract may import nothing but zod, so it keeps its own). */
function assertNever(value: never, what: string): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** The frame's coordinate box (16:9), y pointing down. */
export const SKETCH_W = 160;
export const SKETCH_H = 90;

type Point = [number, number];

/** What a PDF or SVG writer draws; every coordinate is in the SKETCH_W × SKETCH_H box. */
export type SketchPrimitive =
  | { kind: 'line'; from: Point; to: Point; role: 'horizon' | 'grid' }
  | { kind: 'circle'; centre: Point; r: number; role: 'head' }
  | { kind: 'polygon'; points: Point[]; role: 'body' | 'prop' | 'pov' }
  | { kind: 'arrow'; points: Point[]; role: 'movement'; head: boolean };

/** How tall a standing figure is, in frame heights (above 1 = cropped by the frame edge). */
function figureScale(size: Shot['size']): number {
  switch (size) {
    case 'EWS':
      return 0.18;
    case 'WS':
      return 0.4;
    case 'FS':
      return 0.82;
    case 'MS':
      return 1.6;
    case 'MCU':
      return 2.3;
    case 'CU':
      return 3.4;
    case 'ECU':
      return 6;
    case 'insert':
      return 0;
    default:
      return assertNever(size, 'shot size');
  }
}

/** Horizon height and tilt (degrees) for an angle; null = looking straight down (overhead). */
function horizonOf(angle: Shot['angle']): { y: number | null; tilt: number } {
  switch (angle) {
    case 'eye':
    case 'POV':
      return { y: SKETCH_H * 0.55, tilt: 0 };
    case 'high':
      return { y: SKETCH_H * 0.25, tilt: 0 };
    case 'low':
      return { y: SKETCH_H * 0.8, tilt: 0 };
    case 'dutch':
      return { y: SKETCH_H * 0.55, tilt: -14 };
    case 'overhead':
      return { y: null, tilt: 0 };
    default:
      return assertNever(angle, 'shot angle');
  }
}

function rotate([x, y]: Point, degrees: number): Point {
  if (degrees === 0) return [x, y];
  const a = (degrees * Math.PI) / 180;
  const cx = SKETCH_W / 2;
  const cy = SKETCH_H / 2;
  return [
    cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a),
    cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a),
  ];
}

/** 1–3 figures (head and body), standing on the ground in wide shots, framed at the eyes in close ones. */
function figures(shot: Shot, groundY: number, tilt: number): SketchPrimitive[] {
  const scale = figureScale(shot.size);
  if (scale === 0) return [];
  const count = Math.max(1, Math.min(scale > 2 ? 2 : 3, shot.characterIds.length || 1));
  const height = SKETCH_H * scale;
  const r = height * 0.075;
  const headY = scale <= 0.85 ? groundY - height + r : SKETCH_H * 0.36 + (scale > 3 ? r * 0.4 : 0);
  const xs = count === 1 ? [0.5] : count === 2 ? [0.36, 0.64] : [0.3, 0.5, 0.7];
  return xs.flatMap((fx): SketchPrimitive[] => {
    const x = SKETCH_W * fx;
    const w = r * 3.2;
    const top = headY + r * 1.6;
    const feet = headY - r + height;
    return [
      { kind: 'circle', centre: rotate([x, headY], tilt), r, role: 'head' },
      {
        kind: 'polygon',
        points: (
          [
            [x - w / 2, top],
            [x + w / 2, top],
            [x + w / 3, feet],
            [x - w / 3, feet],
          ] as Point[]
        ).map((p) => rotate(p, tilt)),
        role: 'body',
      },
    ];
  });
}

/** Vertical moves go down when the shot says so ("crane down", "tilts down to"), up otherwise. */
function goesDown(shot: Shot): boolean {
  return /\b(down|descend\w*|lower\w*|drops?)\b/i.test(`${shot.description ?? ''} ${shot.lastFrame ?? ''}`);
}

function movementMark(shot: Shot): SketchPrimitive[] {
  const W = SKETCH_W;
  const H = SKETCH_H;
  switch (shot.movement) {
    case 'static':
      return [];
    case 'pan':
    case 'truck':
      return [
        {
          kind: 'arrow',
          points: [
            [W * 0.3, 10],
            [W * 0.7, 10],
          ],
          role: 'movement',
          head: true,
        },
      ];
    case 'tilt':
    case 'crane': {
      const [from, to] = goesDown(shot) ? [H * 0.3, H * 0.7] : [H * 0.7, H * 0.3];
      return [
        {
          kind: 'arrow',
          points: [
            [W - 12, from],
            [W - 12, to],
          ],
          role: 'movement',
          head: true,
        },
      ];
    }
    case 'dolly':
    case 'zoom':
      return [
        {
          kind: 'arrow',
          points: [
            [12, 12],
            [30, 24],
          ],
          role: 'movement',
          head: true,
        },
        {
          kind: 'arrow',
          points: [
            [W - 12, 12],
            [W - 30, 24],
          ],
          role: 'movement',
          head: true,
        },
      ];
    case 'handheld':
      return [
        {
          kind: 'arrow',
          points: Array.from({ length: 7 }, (_, i): Point => [W * 0.3 + i * 8, i % 2 === 0 ? 10 : 5]),
          role: 'movement',
          head: false,
        },
      ];
    case 'steadicam':
      return [
        {
          kind: 'arrow',
          points: Array.from({ length: 9 }, (_, i): Point => {
            const t = i / 8;
            return [W * (0.3 + 0.4 * t), 14 - 12 * 4 * t * (1 - t)];
          }),
          role: 'movement',
          head: true,
        },
      ];
    default:
      return assertNever(shot.movement, 'shot movement');
  }
}

/** The primitives of a shot's frame, back to front: horizon (or overhead grid), figures or prop, POV mask, movement. */
export function sketchShot(shot: Shot): SketchPrimitive[] {
  const horizon = horizonOf(shot.angle);
  const out: SketchPrimitive[] = [];
  if (horizon.y === null) {
    for (const y of [30, 60]) out.push({ kind: 'line', from: [0, y], to: [SKETCH_W, y], role: 'grid' });
    for (const x of [53, 107]) out.push({ kind: 'line', from: [x, 0], to: [x, SKETCH_H], role: 'grid' });
  } else {
    const from = rotate([0, horizon.y], horizon.tilt);
    const to = rotate([SKETCH_W, horizon.y], horizon.tilt);
    out.push({ kind: 'line', from, to, role: 'horizon' });
  }
  const groundY = horizon.y === null ? SKETCH_H * 0.8 : Math.max(horizon.y + 14, SKETCH_H * 0.85);
  out.push(...figures(shot, groundY, horizon.tilt));
  if (shot.size === 'insert') {
    const [x, y, w, h] = [SKETCH_W * 0.35, SKETCH_H * 0.3, SKETCH_W * 0.3, SKETCH_H * 0.4];
    out.push({
      kind: 'polygon',
      points: [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
      role: 'prop',
    });
  }
  if (shot.angle === 'POV') {
    out.push({
      kind: 'polygon',
      points: [
        [4, 4],
        [SKETCH_W - 4, 4],
        [SKETCH_W - 4, SKETCH_H - 4],
        [4, SKETCH_H - 4],
      ],
      role: 'pov',
    });
  }
  out.push(...movementMark(shot));
  return out;
}
