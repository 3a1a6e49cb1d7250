// Scene planning: how many scenes each beat gets, their durations, beat functions and location tags.
import { splitSeconds } from './durations';
import type { Rng } from './rng';
import { BEAT_SHEETS, type BeatFunction, type SettingProfile } from './tables';
import type { BeatDraft, LocationDraft, StoryDraft } from './types';

const FALLBACK_FUNCTIONS: BeatFunction[] = [
  'opening',
  'catalyst',
  'progress',
  'midpoint',
  'complication',
  'crisis',
  'climax',
  'resolution',
];

/** The dramatic function of a beat, from its sheet template (by name) or, for custom beats, by position. */
export function beatFunction(story: StoryDraft, beat: BeatDraft): BeatFunction {
  const t = BEAT_SHEETS.sheets[story.beatSheet]?.beats.find((b) => b.name === beat.name);
  if (t) return t.fn;
  const pos = story.beats.length <= 1 ? 0 : beat.order / (story.beats.length - 1);
  return FALLBACK_FUNCTIONS[Math.round(pos * (FALLBACK_FUNCTIONS.length - 1))]!;
}

export interface PlannedScene {
  beat: BeatDraft;
  fn: BeatFunction;
  durationSec: number;
}

/**
 * Distributes `count` scenes over the beats (every beat gets one when possible, the rest by beat length) and
 * splits each beat's seconds across its scenes, so scene durations sum exactly to the story's target.
 */
export function planScenes(rng: Rng, story: StoryDraft, count: number): PlannedScene[] {
  const beats = [...story.beats].sort((a, b) => a.order - b.order);
  if (beats.length === 0) return [];
  const beatSecs = beats.map((b) => b.targetSec);
  const beatTotal = beatSecs.reduce((a, b) => a + b, 0);
  // Beats may have been edited: rescale their seconds to the story's target so scenes still add up.
  const secs = splitSeconds(story.targetDurationSec, beatTotal > 0 ? beatSecs : beats.map(() => 1));
  const perBeat =
    count >= beats.length
      ? splitSeconds(count - beats.length, secs, 0).map((n) => n + 1)
      : beats.map((_, i) => (i < count ? 1 : 0));
  const out: PlannedScene[] = [];
  beats.forEach((beat, i) => {
    const n = perBeat[i]!;
    if (n === 0) return;
    const durations = splitSeconds(
      secs[i]!,
      Array.from({ length: n }, () => rng.float(0.75, 1.25)),
    );
    for (const d of durations) out.push({ beat, fn: beatFunction(story, beat), durationSec: d });
  });
  // When beats outnumber scenes, fold the unplaced seconds into the last scene so the total still holds.
  const placed = out.reduce((a, s) => a + s.durationSec, 0);
  const last = out[out.length - 1];
  if (last) last.durationSec += story.targetDurationSec - placed;
  return out;
}

/** Tags of a location: from the setting template whose names include it, else guessed from its words. */
export function locationTags(loc: LocationDraft, setting: SettingProfile): string[] {
  const t = setting.locations.find((x) => x.names.some((n) => n.toLowerCase() === loc.name.toLowerCase()));
  if (t) return t.tags;
  const text = `${loc.name} ${loc.description}`.toLowerCase();
  const tags: string[] = [];
  if (/home|apartment|house|cottage|flat|quarters|room|cabin/.test(text)) tags.push('home');
  if (/office|tower|hall|keep|mansion|boardroom|headquarters/.test(text)) tags.push('lair');
  if (/bar|diner|cafe|market|square|inn|pub|club|street/.test(text)) tags.push('public', 'meeting');
  if (/roof|hill|shrine|park|garden|beach|forest|field/.test(text)) tags.push('quiet', 'nature');
  if (/road|bridge|station|platform|alley|airlock|trail/.test(text)) tags.push('threshold', 'action');
  return tags;
}
