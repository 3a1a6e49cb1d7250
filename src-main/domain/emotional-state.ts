// A character's feelings as named dimensions (0..1): interactions push them, story time lets them settle.
import type { Emotions, InteractionType, Personality } from '../../src-preload/contract/entities';
import { INTERACTIONS } from './interaction-table';
import { NEUTRAL_PERSONALITY } from './relationship-dynamics';

export const EMOTION_NAMES = [
  'joy',
  'anger',
  'fear',
  'sadness',
  'affection',
] as const satisfies readonly (keyof Emotions)[];
export type EmotionName = (typeof EMOTION_NAMES)[number];

/** Share of the distance to the resting state that one scene of story time removes. */
export const DECAY_PER_SCENE = 0.3;

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));
const round = (v: number): number => Math.round(v * 10_000) / 10_000;

/** Where a character's feelings rest when nothing happens: cheerful extraverts, anxious neurotics. */
export function restingEmotions(p: Personality = NEUTRAL_PERSONALITY): Emotions {
  return {
    joy: round(0.2 + 0.3 * p.extraversion),
    anger: round(0.05 + 0.15 * (1 - p.agreeableness)),
    fear: round(0.05 + 0.25 * p.neuroticism),
    sadness: round(0.05 + 0.2 * p.neuroticism),
    affection: round(0.15 + 0.2 * p.agreeableness),
  };
}

/** The character's current feelings, or their resting state when none were recorded. */
export function emotionsOf(c: {
  emotions?: Emotions | undefined;
  personality?: Personality | undefined;
}): Emotions {
  return c.emotions ?? restingEmotions(c.personality);
}

/** Adds an impulse: neuroticism amplifies the dark feelings, extraversion the bright ones. Always 0..1. */
export function pushEmotions(
  current: Emotions,
  impulse: Partial<Emotions>,
  intensity: number,
  p: Personality = NEUTRAL_PERSONALITY,
): Emotions {
  const i = clamp01(Number.isFinite(intensity) ? intensity : 0.5);
  const gain: Record<EmotionName, number> = {
    joy: 0.7 + 0.6 * p.extraversion,
    affection: 0.7 + 0.6 * p.agreeableness,
    anger: 0.7 + 0.6 * p.neuroticism,
    fear: 0.6 + 0.8 * p.neuroticism,
    sadness: 0.6 + 0.8 * p.neuroticism,
  };
  const next = { ...current };
  for (const name of EMOTION_NAMES) {
    const d = impulse[name];
    if (d) next[name] = round(clamp01(current[name] + d * (0.4 + 0.6 * i) * gain[name]));
  }
  return next;
}

/** The feelings an interaction gives its actor and its receiver. */
export function interactionEmotions(
  type: InteractionType,
  intensity: number,
  actor: { emotions: Emotions; personality?: Personality | undefined },
  receiver: { emotions: Emotions; personality?: Personality | undefined },
): { actor: Emotions; receiver: Emotions } {
  const effect = INTERACTIONS[type];
  return {
    actor: pushEmotions(actor.emotions, effect.actor, intensity, actor.personality),
    receiver: pushEmotions(receiver.emotions, effect.receiver, intensity, receiver.personality),
  };
}

/** Feelings after `scenes` of story time: each dimension moves part of the way back to rest. */
export function decayEmotions(
  current: Emotions,
  scenes: number,
  p: Personality = NEUTRAL_PERSONALITY,
): Emotions {
  const rest = restingEmotions(p);
  const keep = Math.pow(1 - DECAY_PER_SCENE, Math.max(0, scenes));
  const next = { ...current };
  for (const name of EMOTION_NAMES)
    next[name] = round(clamp01(rest[name] + (current[name] - rest[name]) * keep));
  return next;
}

/** The strongest feeling above rest, in a word ("angry"), for replies and the observatory. */
export function dominantFeeling(e: Emotions, p?: Personality): string {
  const rest = restingEmotions(p);
  const WORDS: Record<EmotionName, string> = {
    joy: 'glad',
    anger: 'angry',
    fear: 'afraid',
    sadness: 'sad',
    affection: 'fond',
  };
  let top: EmotionName | undefined;
  let margin = 0.08;
  for (const name of EMOTION_NAMES) {
    const over = e[name] - rest[name];
    if (over > margin) {
      margin = over;
      top = name;
    }
  }
  return top ? WORDS[top] : 'calm';
}
