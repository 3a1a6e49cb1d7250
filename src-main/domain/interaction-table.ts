// What each kind of interaction does to a relationship and to the feelings of the two people, at full intensity.
import type { Emotions, InteractionType } from '../../src-preload/contract/entities';

/** The effect of one interaction type before personality and current values shape it. */
export interface InteractionEffect {
  /** Change of strength (−1..1 scale) at intensity 1. */
  strength: number;
  /** Change of trust (0..1 scale) at intensity 1. */
  trust: number;
  /** Feelings the receiving character gets (added, then clamped to 0..1). */
  receiver: Partial<Emotions>;
  /** Feelings the acting character gets. */
  actor: Partial<Emotions>;
  /** Verb phrase for reasons: "Tom betrayed Sarah". */
  verb: string;
  /** Hostile interactions are felt harder by anxious people; warm ones are welcomed by agreeable people. */
  tone: 'warm' | 'hostile' | 'neutral';
}

/** The table of interaction effects: small numbers, so no single interaction flips a relationship. */
export const INTERACTIONS: Record<InteractionType, InteractionEffect> = {
  greeting: {
    strength: 0.02,
    trust: 0.01,
    receiver: { joy: 0.03 },
    actor: {},
    verb: 'greeted',
    tone: 'neutral',
  },
  small_talk: {
    strength: 0.03,
    trust: 0.02,
    receiver: { joy: 0.04 },
    actor: { joy: 0.03 },
    verb: 'chatted with',
    tone: 'neutral',
  },
  help: {
    strength: 0.12,
    trust: 0.1,
    receiver: { joy: 0.12, affection: 0.1 },
    actor: { joy: 0.05 },
    verb: 'helped',
    tone: 'warm',
  },
  collaboration: {
    strength: 0.1,
    trust: 0.08,
    receiver: { joy: 0.08 },
    actor: { joy: 0.08 },
    verb: 'worked with',
    tone: 'warm',
  },
  gift: {
    strength: 0.1,
    trust: 0.05,
    receiver: { joy: 0.15, affection: 0.1 },
    actor: {},
    verb: 'gave a gift to',
    tone: 'warm',
  },
  compliment: {
    strength: 0.06,
    trust: 0.03,
    receiver: { joy: 0.1, affection: 0.05 },
    actor: {},
    verb: 'complimented',
    tone: 'warm',
  },
  confession: {
    strength: 0.15,
    trust: 0.12,
    receiver: { affection: 0.15, fear: 0.05 },
    actor: { fear: 0.1 },
    verb: 'confided in',
    tone: 'warm',
  },
  flirtation: {
    strength: 0.1,
    trust: 0.02,
    receiver: { affection: 0.15, joy: 0.05 },
    actor: { affection: 0.1 },
    verb: 'flirted with',
    tone: 'warm',
  },
  apology: {
    strength: 0.08,
    trust: 0.06,
    receiver: { anger: -0.15 },
    actor: { sadness: 0.05 },
    verb: 'apologised to',
    tone: 'warm',
  },
  reconciliation: {
    strength: 0.25,
    trust: 0.15,
    receiver: { anger: -0.25, joy: 0.15, affection: 0.1 },
    actor: { anger: -0.25, joy: 0.15 },
    verb: 'made peace with',
    tone: 'warm',
  },
  argument: {
    strength: -0.1,
    trust: -0.04,
    receiver: { anger: 0.15 },
    actor: { anger: 0.12 },
    verb: 'argued with',
    tone: 'hostile',
  },
  insult: {
    strength: -0.12,
    trust: -0.05,
    receiver: { anger: 0.15, sadness: 0.08 },
    actor: { anger: 0.05 },
    verb: 'insulted',
    tone: 'hostile',
  },
  accusation: {
    strength: -0.12,
    trust: -0.1,
    receiver: { anger: 0.15, fear: 0.08 },
    actor: { anger: 0.12 },
    verb: 'accused',
    tone: 'hostile',
  },
  lie: {
    strength: -0.05,
    trust: -0.15,
    receiver: { anger: 0.05 },
    actor: { fear: 0.08 },
    verb: 'lied to',
    tone: 'hostile',
  },
  threat: {
    strength: -0.2,
    trust: -0.2,
    receiver: { fear: 0.25, anger: 0.1 },
    actor: { anger: 0.15 },
    verb: 'threatened',
    tone: 'hostile',
  },
  betrayal: {
    strength: -0.3,
    trust: -0.35,
    receiver: { anger: 0.25, sadness: 0.2, affection: -0.15 },
    actor: { fear: 0.1 },
    verb: 'betrayed',
    tone: 'hostile',
  },
  violence: {
    strength: -0.35,
    trust: -0.3,
    receiver: { fear: 0.35, anger: 0.2 },
    actor: { anger: 0.2 },
    verb: 'attacked',
    tone: 'hostile',
  },
  rejection: {
    strength: -0.15,
    trust: -0.05,
    receiver: { sadness: 0.2, affection: -0.1 },
    actor: {},
    verb: 'rejected',
    tone: 'hostile',
  },
};
