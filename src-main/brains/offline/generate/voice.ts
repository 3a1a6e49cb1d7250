// Speech registers: chosen from personality and the story's look, stored in voiceNotes, read back by the scene writer.
import type { Rng } from './rng';
import { ARCHETYPES } from './tables';
import type { Personality } from './types';

export const REGISTERS = ['formal', 'casual', 'terse', 'warm', 'sardonic', 'playful'] as const;
export type Register = (typeof REGISTERS)[number];

/** Picks a register: the story's default register weighs most, personality tilts it. Machines speak formally. */
export function chooseRegister(
  rng: Rng,
  p: Personality,
  storyRegister: string,
  isMachine: boolean,
): Register {
  if (isMachine) return 'formal';
  const w: Record<Register, number> = {
    formal: 0.4 + p.conscientiousness - p.extraversion * 0.5,
    casual: 0.3 + p.extraversion * 0.8,
    terse: 0.3 + (1 - p.extraversion) * 0.6 + (1 - p.agreeableness) * 0.3,
    warm: 0.2 + p.agreeableness,
    sardonic: 0.2 + (1 - p.agreeableness) * 0.9 + p.neuroticism * 0.2,
    playful: 0.1 + p.extraversion * 0.5 + p.openness * 0.4,
  };
  if ((REGISTERS as readonly string[]).includes(storyRegister)) w[storyRegister as Register] += 0.6;
  return rng.weighted(
    REGISTERS,
    REGISTERS.map((r) => Math.max(0.01, w[r])),
  );
}

/** Voice notes text for a register (the register description comes first so it can be read back). */
export function voiceNotesFor(register: Register, extra: string): string {
  return `${ARCHETYPES.registers[register]} ${extra}`.trim();
}

/** Reads the register back from a character's voice notes; 'casual' when they were edited beyond recognition. */
export function registerOf(voiceNotes: string | undefined): Register {
  const text = voiceNotes ?? '';
  return REGISTERS.find((r) => text.startsWith(ARCHETYPES.registers[r] ?? '\u0000')) ?? 'casual';
}
