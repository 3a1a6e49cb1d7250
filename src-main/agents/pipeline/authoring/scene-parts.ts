// Splitting a film's scene breakdown into parts of consecutive beats, each small enough for one model call.
import { splitSeconds } from '../../../brains/offline/generate/durations';
import type { StoryDraft } from '../../../brains/offline/generate/types';

/** Consecutive beats (1-based, inclusive) and about how many scenes they get. */
export interface ScenePart {
  first: number;
  last: number;
  scenes: number;
}

/**
 * Shares `count` scenes over the beats by their running time (every beat gets one when there are enough), then
 * groups consecutive beats into parts of at most `perPart` scenes (a single beat may exceed it).
 */
export function sceneParts(story: StoryDraft, count: number, perPart: number): ScenePart[] {
  const beats = story.beats.length;
  if (beats === 0) return [{ first: 1, last: 1, scenes: count }];
  const weights = story.beats.map((b) => b.targetSec || 1);
  const perBeat = splitSeconds(count, weights, count >= beats ? 1 : 0);
  const parts: ScenePart[] = [];
  perBeat.forEach((n, i) => {
    const open = parts[parts.length - 1];
    if (open && open.scenes + n <= perPart) {
      open.last = i + 1;
      open.scenes += n;
    } else parts.push({ first: i + 1, last: i + 1, scenes: n });
  });
  return parts;
}
