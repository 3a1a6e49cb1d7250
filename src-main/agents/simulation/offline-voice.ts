// The offline engine's voice: turns a base line into one person's speech (hedges, length, directness, vocabulary).
import type { Emotions, Personality } from '../../../src-preload/contract/entities';
import type { Rng } from '../../brains/offline/generate/rng';

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** Speech habits derived from personality and the feelings of the moment. */
export interface VoiceProfile {
  /** Chance of softening a line with "I think", "maybe"… */
  hedging: number;
  /** Tendency to cut to the point and demand. */
  directness: number;
  /** Tendency to add clauses and elaborate. */
  verbosity: number;
  /** Richer words instead of plain ones. */
  richness: number;
}

export function voiceProfile(p: Personality, e: Emotions): VoiceProfile {
  return {
    hedging: clamp01(
      0.65 * p.neuroticism +
        0.35 * p.agreeableness +
        0.3 * (1 - p.extraversion) -
        0.35 +
        0.3 * e.fear -
        0.2 * e.anger,
    ),
    directness: clamp01(
      0.5 * (1 - p.agreeableness) + 0.3 * p.extraversion + 0.2 * (1 - p.neuroticism) + 0.3 * e.anger - 0.1,
    ),
    verbosity: clamp01(0.55 * p.extraversion + 0.45 * p.openness - 0.1 + 0.1 * e.sadness),
    richness: clamp01(p.openness),
  };
}

/** The hedges the voice may use; tests count them to tell speakers apart. */
export const HEDGES = [
  'I think',
  'maybe',
  'I guess',
  'I mean',
  'sort of',
  'kind of',
  'perhaps',
  "I don't know",
];

const OPENERS = ['I think ', 'Maybe ', 'I guess ', "I mean, I don't know, ", 'Perhaps ', 'I mean, '];
const TAILS = [
  ', and I have been turning it over in my head for days',
  ', and you know exactly why that matters to me',
  ', because I keep going back to it and it does not add up',
  ', and I need you to understand what that means for both of us',
  ', which is not something I can just let go of',
];
const DEMANDS = ['Answer me.', 'Now.', 'Say it.', 'Look at me.'];
const RICH: Array<[RegExp, string]> = [
  [/\btalk about\b/g, 'discuss'],
  [/\bI know about\b/g, 'I am fully aware of'],
  [/\byou know exactly\b/g, 'you understand precisely'],
  [/\bhurts\b/g, 'wounds me'],
  [/\bproof\b/g, 'evidence'],
  [/\bscared\b/g, 'terrified'],
  [/\bwrong\b/g, 'mistaken'],
  [/\bhelp\b/g, 'support you'],
];
const CONTRACT: Array<[RegExp, string]> = [
  [/\bI am\b/g, "I'm"],
  [/\bdo not\b/g, "don't"],
  [/\bDo not\b/g, "Don't"],
  [/\bare not\b/g, "aren't"],
  [/\bwe are\b/gi, "we're"],
  [/\bYou are\b/g, "You're"],
  [/\byou are\b/g, "you're"],
  [/\bI will\b/g, "I'll"],
  [/\bcannot\b/g, "can't"],
  [/\bI have\b/g, "I've"],
  [/\bwas not\b/g, "wasn't"],
  [/\bLet us\b/g, "Let's"],
];

const sentences = (text: string): string[] => text.match(/[^.!?]+[.!?]+/g)?.map((s) => s.trim()) ?? [text];
const lowerFirst = (s: string): string =>
  s.startsWith('I ') || s.startsWith("I'") ? s : s[0]!.toLowerCase() + s.slice(1);

/** One person's version of a base line. Deterministic for a given random source. */
export function voiceLine(base: string, voice: VoiceProfile, e: Emotions, rng: Rng): string {
  let parts = sentences(base);
  // Terse people say the first thing and stop; talkative ones elaborate on it.
  if (voice.verbosity < 0.35 && parts.length > 1)
    parts = [parts.at(-1)!.length < parts[0]!.length ? parts.at(-1)! : parts[0]!];
  if (voice.verbosity > 0.55) {
    const i = parts.length - 1;
    parts[i] = parts[i]!.replace(/([.!?])$/, `${rng.pick(TAILS)}$1`);
  }
  // Hedge the first sentence that says something (not a bare "Fine.").
  const target = Math.max(
    0,
    parts.findIndex((p) => p.split(/\s+/).length >= 3),
  );
  if (rng.next() < voice.hedging) parts[target] = `${rng.pick(OPENERS)}${lowerFirst(parts[target]!)}`;
  if (voice.hedging > 0.6 && rng.next() < voice.hedging)
    parts.push(rng.pick(['Sorry.', "I don't know.", 'If that makes sense.']));
  if (voice.directness > 0.6 && rng.next() < voice.directness) parts.push(rng.pick(DEMANDS));
  let text = parts.join(' ');
  if (voice.richness > 0.65) for (const [r, w] of RICH) text = text.replace(r, w);
  if (voice.directness > 0.5 || voice.richness < 0.4)
    for (const [r, w] of CONTRACT) text = text.replace(r, w);
  if (e.anger > 0.6) text = text.replace(/\.(\s|$)/g, '!$1');
  else if (e.fear > 0.55) text = text.replace(/\.$/, '...');
  return text;
}
