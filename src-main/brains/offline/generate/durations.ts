// Running-time rules: target duration per kind, scene counts and the exact split of seconds across scenes.
import { DURATION_PATTERN, findDurationSec } from '../language/quantities';
import { KINDS, type KindProfile } from './tables';
import type { GenerateParams, ProjectKind } from './types';

/**
 * The running time an idea gives the piece itself ("a 2-minute film", "90-second spot", "an hour-long pilot",
 * "runtime: 12 min"), or undefined. A time inside the story ("trapped for 127 hours", "the 1990s", "in her 30s")
 * is no running time, and nor is one longer than any piece runs.
 */
export function durationFromText(text: string): number | undefined {
  const lower = text.toLowerCase();
  for (const phrase of lengthPhrases(lower)) {
    const sec = findDurationSec(phrase) ?? compactDuration(phrase);
    if (sec && sec > 0 && sec <= LONGEST_PIECE_SEC) return sec;
  }
  return undefined;
}

/** No film, episode or spot runs longer than this; a longer time is the story's. */
const LONGEST_PIECE_SEC = 6 * 3600;

/** A duration: words ("two minutes", "an hour", "half-hour") or digits with a unit letter ("90s", "12 min"). */
const SPAN = String.raw`(?:${DURATION_PATTERN}|half[- ]hour|\d{1,3}\s*(?:s|m|min|h)\b)`;

/** What a running time is said of: the piece, after up to two describing words ("a 3-minute animated short"). */
const PIECE = String.raw`(?:film|short|movie|feature|spot|ad|advert|commercial|promo|video|clip|episode|pilot|piece|cut|doc|documentary|reel|trailer|teaser|sketch|special|animation|sting|bumper|version|edit)s?\b`;

/** "a 2-minute film", "90s spot", "runtime 12 min", "an hour-long pilot", "(90 seconds)". */
const LENGTH_PHRASE = new RegExp(
  String.raw`\b(?:run(?:ning)?[- ]?time|length|duration|clocks in at)\s*(?:of|is|:|-|at|about|around|~)?\s*(?:about\s+|around\s+)?${SPAN}|${SPAN}(?:[- ]long)?\s+(?:[\p{Ll}-]+\s+){0,2}?${PIECE}|\(\s*${SPAN}\s*\)`,
  'giu',
);

function lengthPhrases(lower: string): string[] {
  return [...lower.matchAll(LENGTH_PHRASE)].map((m) => m[0]);
}

/** "90s", "2m": a bare unit letter after digits, which the message reader does not take as a duration. */
function compactDuration(lower: string): number | undefined {
  const m = /\b(\d+)\s*(s|m|min|h)\b/.exec(lower);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 's' ? 1 : 60);
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
