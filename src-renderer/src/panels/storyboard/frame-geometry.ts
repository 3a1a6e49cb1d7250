// Geometry of a storyboard frame sketch: horizon by camera angle, figure scale and placement by shot size.
import type { Shot } from '../../contract';
import { assertNever } from '../../lib/assert-never';

export const FRAME_W = 160;
export const FRAME_H = 90;

/** How tall a standing figure is, in frame heights (above 1 = cropped by the frame edge). */
export function figureScale(size: Shot['size']): number {
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

/** Horizon height (y) and tilt (degrees) for a camera angle; null horizon = looking straight down. */
export function horizonOf(angle: Shot['angle']): { y: number | null; tilt: number } {
  switch (angle) {
    case 'eye':
      return { y: FRAME_H * 0.55, tilt: 0 };
    case 'high':
      return { y: FRAME_H * 0.25, tilt: 0 };
    case 'low':
      return { y: FRAME_H * 0.8, tilt: 0 };
    case 'dutch':
      return { y: FRAME_H * 0.55, tilt: -14 };
    case 'overhead':
      return { y: null, tilt: 0 };
    case 'POV':
      return { y: FRAME_H * 0.55, tilt: 0 };
    default:
      return assertNever(angle, 'shot angle');
  }
}

/** One figure: head centre and radius, shoulders width, and the y of its feet (may be below the frame). */
export interface Figure {
  x: number;
  headY: number;
  headR: number;
  shoulders: number;
  feetY: number;
}

/** Places 1–3 figures across the frame; wide shots stand them on the ground, close shots frame the head. */
export function placeFigures(size: Shot['size'], count: number, groundY: number): Figure[] {
  const scale = figureScale(size);
  if (scale === 0) return [];
  const n = Math.max(1, Math.min(3, count));
  const height = FRAME_H * scale;
  const headR = height * 0.075;
  // Wide framings stand on the ground line; tight framings keep the eyes near the upper third.
  const headY = scale <= 0.85 ? groundY - height + headR : FRAME_H * 0.36 + (scale > 3 ? headR * 0.4 : 0);
  const spread = scale > 2 ? [0.5, 0.22, 0.78] : [0.5, 0.3, 0.7];
  const xs = n === 1 ? [spread[0]!] : n === 2 ? [0.36, 0.64] : [spread[1]!, spread[0]!, spread[2]!];
  return xs.slice(0, scale > 2 ? Math.min(n, 2) : n).map((fx) => ({
    x: FRAME_W * fx,
    headY,
    headR,
    shoulders: headR * 3.2,
    feetY: headY - headR + height,
  }));
}
