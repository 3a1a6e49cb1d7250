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
export const LENS_BY_SIZE: Record<string, number> = { EWS: 18, WS: 24, FS: 35, MS: 50, MCU: 65, CU: 85, ECU: 100, insert: 100 };

/** Plans the shots of one scene so their durations add up to the scene's and each cut has a continuity note. */
export function planSceneShots(sceneDurationSec: number, shots: readonly PlannableShot[], names: (id: string) => string): ShotPlan[] {
  const ordered = [...shots].sort((a, b) => a.number - b.number);
  const given = ordered.map((s) => (s.durationSec && s.durationSec > 0 ? s.durationSec : 3));
  const total = given.reduce((a, b) => a + b, 0);
  const scale = sceneDurationSec > 0 && total > 0 ? sceneDurationSec / total : 1;
  let assigned = 0;
  return ordered.map((shot, i) => {
    const last = i === ordered.length - 1;
    const duration = last ? Math.max(0.5, Math.round((sceneDurationSec > 0 ? sceneDurationSec - assigned : given[i]!) * 10) / 10) : Math.max(0.5, Math.round(given[i]! * scale * 10) / 10);
    assigned += duration;
    const previous = ordered[i - 1];
    const shared = previous ? shot.characterIds.filter((id) => previous.characterIds.includes(id)).map(names) : [];
    const continuity = !previous
      ? 'Opening shot of the scene: establish geography and screen direction.'
      : [
          `Cut from ${previous.size} (shot ${previous.number}).`,
          shared.length ? `Match ${shared.join(' and ')}'s eyeline and position; keep the 180° line.` : 'New subject: keep the established screen direction.',
          previous.movement !== 'static' && shot.movement !== 'static' ? 'Match camera speed across the cut.' : '',
        ]
          .filter(Boolean)
          .join(' ');
    return { id: shot.id, lensMm: shot.lensMm ?? LENS_BY_SIZE[shot.size] ?? 50, durationSec: duration, continuity };
  });
}
