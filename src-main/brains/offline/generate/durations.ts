// Running-time rules: target duration per kind, scene counts and the exact split of seconds across scenes.
import { findDurationSec } from '../language/quantities';
import { KINDS, type KindProfile } from './tables';
import type { GenerateParams, ProjectKind } from './types';

/** Seconds mentioned in an idea ("2-minute", "90 second", "an hour-long", "90s"), or undefined. */
export function durationFromText(text: string): number | undefined {
  const lower = text.toLowerCase();
  const sec = findDurationSec(lower) ?? compactDuration(lower);
  return sec && sec > 0 ? sec : undefined;
}

/** "90s", "2m": a bare unit letter after digits, which the message reader does not take as a duration. */
function compactDuration(lower: string): number | undefined {
  const m = /\b(\d+)(s|m)\b/.exec(lower);
  return m ? Number(m[1]) * (m[2] === 'm' ? 60 : 1) : undefined;
}

export function kindProfile(kind: ProjectKind): KindProfile {
  return KINDS.kinds[kind];
}

/** Target running time: explicit param, else a duration in the idea, else the kind's default (shaped by genre). */
export function targetDuration(params: GenerateParams, genreKey: string): number {
  if (params.durationSec && params.durationSec > 0) return Math.round(params.durationSec);
  const fromIdea = durationFromText(params.idea);
  if (fromIdea) return fromIdea;
  const k = kindProfile(params.kind);
  // Half-hour comedy vs hour-long drama; 60-second spots for epic/cinematic styles.
  if (params.kind === 'series-episode' && (genreKey === 'comedy' || /sitcom|half-hour/i.test(params.idea)))
    return k.shortDurationSec ?? k.durationSec;
  if (params.kind === 'commercial' && /cinematic|epic|story/i.test(`${params.style ?? ''} ${params.idea}`))
    return k.longDurationSec ?? k.durationSec;
  return k.durationSec;
}

/** Number of scenes for a duration: total / mid scene length, at least `minScenes`, capped for sanity. */
export function sceneCount(kind: ProjectKind, totalSec: number, minScenes: number): number {
  const [lo, hi] = kindProfile(kind).sceneSec;
  const n = Math.round(totalSec / ((lo + hi) / 2));
  return Math.max(minScenes, Math.min(n, 150));
}

/**
 * Splits `total` seconds over weights into integers that sum exactly to `total`
 * (largest-remainder rounding, stable for equal remainders).
 */
export function splitSeconds(total: number, weights: readonly number[], minEach = 1): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0) || n;
  const floor = total >= n * minEach ? minEach : 0;
  const raw = weights.map((w) => Math.max(floor, ((w || 1) / sum) * total));
  const floors = raw.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0 && n > 0; k++, rest--) floors[order[k % n]![1]]! += 1;
  for (let k = n - 1; rest < 0; k = (k - 1 + n) % n) {
    if (floors[k]! > floor) {
      floors[k]! -= 1;
      rest++;
    }
  }
  return floors;
}
