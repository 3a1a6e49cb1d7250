// Shot planning: lens per framing, durations that fill the scene, continuity notes between adjacent shots.

export interface PlannableShot {
  id: string;
  number: number;
  size: string;
  lensMm?: number;
  durationSec?: number;
  characterIds: string[];
  movement: string;
}

export interface ShotPlan {
  id: string;
  lensMm: number;
  durationSec: number;
  continuity: string;
}

/** A normal lens choice for each framing (full-frame equivalent). */
export const LENS_BY_SIZE: Record<string, number> = {
  EWS: 18,
  WS: 24,
  FS: 35,
  MS: 50,
  MCU: 65,
  CU: 85,
  ECU: 100,
  insert: 100,
};

/** Shortest shot the planner makes when the scene is long enough to give every shot that much (seconds). */
export const MIN_SHOT_SEC = 0.5;

/**
 * Splits `totalSec` over shots in proportion to `weights`, in tenths of a second, so the parts add up exactly:
 * no part is shorter than the minimum (when the total allows it; shots that would be are pinned to it and the
 * rest shared again), and rounding leftovers go to the largest remainders.
 */
export function allocateDurations(totalSec: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = Math.max(0, Math.round(totalSec * 10));
  const min = Math.min(MIN_SHOT_SEC * 10, Math.floor(total / n));
  const pinned = new Set<number>();
  let raw: number[] = [];
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !pinned.has(i));
    const rest = total - min * pinned.size;
    const weight = free.reduce((sum, i) => sum + weights[i]!, 0);
    raw = weights.map((w, i) =>
      pinned.has(i) ? min : weight > 0 ? (w / weight) * rest : rest / free.length,
    );
    const short = free.filter((i) => raw[i]! < min);
    if (short.length === 0) break;
    for (const i of short) pinned.add(i);
  }
  const parts = raw.map((r) => Math.floor(r));
  let leftover = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; leftover > 0; k = (k + 1) % n, leftover--) parts[byRemainder[k]!.i]! += 1;
  return parts.map((tenths) => tenths / 10);
}

/** Plans the shots of one scene so their durations add up to the scene's and each cut has a continuity note. */
export function planSceneShots(
  sceneDurationSec: number,
  shots: readonly PlannableShot[],
  names: (id: string) => string,
): ShotPlan[] {
  const ordered = [...shots].sort((a, b) => a.number - b.number);
  const given = ordered.map((s) => (s.durationSec && s.durationSec > 0 ? s.durationSec : 3));
  // A scene without a duration keeps the shots' own lengths (rounded, never below the minimum).
  const durations =
    sceneDurationSec > 0
      ? allocateDurations(sceneDurationSec, given)
      : given.map((g) => Math.max(MIN_SHOT_SEC, Math.round(g * 10) / 10));
  return ordered.map((shot, i) => {
    const duration = durations[i]!;
    const previous = ordered[i - 1];
    const shared = previous
      ? shot.characterIds.filter((id) => previous.characterIds.includes(id)).map(names)
      : [];
    const continuity = !previous
      ? 'Opening shot of the scene: establish geography and screen direction.'
      : [
          `Cut from ${previous.size} (shot ${previous.number}).`,
          shared.length
            ? `Match ${shared.join(' and ')}'s eyeline and position; keep the 180° line.`
            : 'New subject: keep the established screen direction.',
          previous.movement !== 'static' && shot.movement !== 'static'
            ? 'Match camera speed across the cut.'
            : '',
        ]
          .filter(Boolean)
          .join(' ');
    return {
      id: shot.id,
      lensMm: shot.lensMm ?? LENS_BY_SIZE[shot.size] ?? 50,
      durationSec: duration,
      continuity,
    };
  });
}
