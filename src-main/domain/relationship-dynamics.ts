// How one interaction moves a relationship: type × intensity, shaped by both personalities and the current values.
import type { InteractionType, Personality } from '../../src-preload/contract/entities';
import { INTERACTIONS } from './interaction-table';

/** Personality assumed for a character nobody described: the middle of every scale. */
export const NEUTRAL_PERSONALITY: Personality = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

export interface InteractionInput {
  type: InteractionType;
  /** 0..1: how strongly it was done (values outside are clamped). */
  intensity: number;
  actor: { name: string; personality?: Personality | undefined };
  receiver: { name: string; personality?: Personality | undefined };
  current: { strength: number; trust: number };
}

/** Proposed deltas and the words that explain them. */
export interface InteractionDeltas {
  dStrength: number;
  dTrust: number;
  /** "Tom betrayed Sarah (strong)", then one clause per factor that shaped the numbers. */
  reason: string;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Full effect until halfway to the bound, then tapering to nothing at it: values approach their limits
 * slowly instead of slamming into them, and a delta can never carry a value past its bound.
 */
export function taper(delta: number, value: number, lo: number, hi: number): number {
  const room = delta > 0 ? hi - value : value - lo;
  const factor = Math.min(1, (2 * Math.max(0, room)) / (hi - lo));
  const d = delta * factor;
  return delta > 0 ? Math.min(d, Math.max(0, room)) : Math.max(d, -Math.max(0, room));
}

const intensityWord = (i: number): string => (i >= 0.75 ? 'strongly' : i <= 0.3 ? 'mildly' : '');

/** Multipliers from the two personalities, with the clause that explains each one that matters. */
function personalityFactors(input: InteractionInput): { strength: number; trust: number; why: string[] } {
  const effect = INTERACTIONS[input.type];
  const r = input.receiver.personality ?? NEUTRAL_PERSONALITY;
  const a = input.actor.personality ?? NEUTRAL_PERSONALITY;
  const why: string[] = [];
  let strength = 1;
  let trust = 1;
  if (effect.tone === 'hostile') {
    // Anxious people take hostility harder; agreeable people forgive part of it; a gentle actor softens it.
    const hurt = 0.6 + 0.8 * r.neuroticism;
    const forgive = 1.2 - 0.4 * r.agreeableness;
    const soft = 1.15 - 0.3 * a.agreeableness;
    strength = hurt * forgive * soft;
    trust = hurt * soft;
    if (r.neuroticism >= 0.65) why.push(`${input.receiver.name} is anxious and takes it hard`);
    if (r.neuroticism <= 0.35) why.push(`${input.receiver.name} is steady and shrugs part of it off`);
    if (r.agreeableness >= 0.7) why.push(`${input.receiver.name} is quick to forgive`);
  } else if (effect.tone === 'warm') {
    // Agreeable people welcome warmth; anxious people trust it more slowly.
    strength = 0.7 + 0.6 * r.agreeableness;
    trust = 1.2 - 0.4 * r.neuroticism;
    if (r.agreeableness >= 0.7) why.push(`${input.receiver.name} welcomes it`);
    if (r.agreeableness <= 0.3) why.push(`${input.receiver.name} is slow to warm`);
    if (r.neuroticism >= 0.7) why.push(`${input.receiver.name} is wary of trusting`);
  } else {
    strength = 0.8 + 0.4 * r.extraversion;
  }
  return { strength, trust, why };
}

/** The deltas one interaction proposes, bounded by the scales and explained in words. */
export function interactionDeltas(input: InteractionInput): InteractionDeltas {
  const effect = INTERACTIONS[input.type];
  const intensity = clamp(Number.isFinite(input.intensity) ? input.intensity : 0.5, 0, 1);
  const scale = 0.4 + 0.6 * intensity;
  const f = personalityFactors(input);
  const strength = clamp(input.current.strength, -1, 1);
  const trust = clamp(input.current.trust, 0, 1);
  const rawS = effect.strength * scale * f.strength;
  const rawT = effect.trust * scale * f.trust;
  const dStrength = taper(rawS, strength, -1, 1);
  const dTrust = taper(rawT, trust, 0, 1);
  const why = [...f.why];
  if (Math.abs(dStrength) < Math.abs(rawS) * 0.8 || Math.abs(dTrust) < Math.abs(rawT) * 0.8)
    why.push('the relationship is already near its limit, so it moved less');
  const how = intensityWord(intensity);
  const head = `${input.actor.name} ${how ? `${how} ` : ''}${effect.verb} ${input.receiver.name}`;
  return { dStrength, dTrust, reason: why.length ? `${head}: ${why.join('; ')}.` : `${head}.` };
}
