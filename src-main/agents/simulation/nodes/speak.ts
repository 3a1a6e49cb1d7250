// Node `speak`: the next line, in character — offline from the seeded voice, or one model call with the speaker's own view.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { z } from 'zod';
import { InteractionTypeSchema } from '../../../../src-preload/contract/entities';
import type { SimulationTurn } from '../../../../src-preload/contract/simulation';
import type { BrainUsage } from '../../../brains/brain';
import { Rng, subSeed } from '../../../brains/offline/generate/rng';
import { dominantFeeling } from '../../../domain/emotional-state';
import { voiceLine, voiceProfile } from '../offline-voice';
import { MOVE_LINES } from '../scene-arc';
import { simDepsOf } from '../simulation-deps';
import type { CastMember, SimulationStateUpdate, SimulationStateValue } from '../simulation-state';

/** What the speaker knows and feels: their own view only, never another character's memory. */
export function speakerView(state: SimulationStateValue, speaker: CastMember, addressee: CastMember) {
  const pair = state.pairs.find(
    (p) => [p.sourceId, p.targetId].includes(speaker.id) && [p.sourceId, p.targetId].includes(addressee.id),
  );
  return {
    you: {
      name: speaker.name,
      role: speaker.role,
      personality: speaker.personality,
      goals: speaker.goals,
      feeling: dominantFeeling(speaker.emotions, speaker.personality),
      emotions: speaker.emotions,
    },
    talkingTo: addressee.name,
    relationship: pair
      ? { kind: pair.kind, strength: pair.fields.strength, trust: pair.fields.trust }
      : undefined,
    witnessed: speaker.memory.slice(-8),
    scene: { setting: state.setting, objective: state.objective, mood: state.mood },
    sceneSoFar: state.turns.slice(-8).map((t) => `${t.speaker}: ${t.text}`),
  };
}

/** The offline line: a base line for the beat, spoken in this character's voice. */
export function offlineLine(
  state: SimulationStateValue,
  speaker: CastMember,
  addressee: CastMember,
  move: string,
): string {
  const rng = new Rng(subSeed(state.seed, 'line', state.turns.length, speaker.id));
  const base = rng
    .pick(MOVE_LINES[move] ?? MOVE_LINES.reply!)
    .replaceAll('{obj}', state.objective || 'this')
    .replaceAll('{you}', addressee.name);
  // A memory only this speaker holds can surface when they press or explain.
  const memory =
    /^(?:press|explain|share)$/.test(move) && speaker.memory.length
      ? ` I was there: ${speaker.memory[0]!.replace(/[.!?]*$/, '.')}`
      : '';
  return voiceLine(base, voiceProfile(speaker.personality, speaker.emotions), speaker.emotions, rng) + memory;
}

const LineSchema = z.object({
  text: z.string().min(1).max(1_000),
  interaction: InteractionTypeSchema,
  intensity: z.number().min(0).max(1),
});

export async function speak(
  state: SimulationStateValue,
  config?: LangGraphRunnableConfig,
): Promise<SimulationStateUpdate> {
  const deps = simDepsOf(config);
  const next = state.next!;
  const speaker = state.cast.find((c) => c.id === next.speakerId)!;
  const addressee = state.cast.find((c) => c.id === next.addresseeId)!;
  const offline = offlineLine(state, speaker, addressee, next.beat.move);
  let line = { text: offline, interaction: next.beat.interaction, intensity: next.beat.intensity };
  let usage: SimulationTurn['usage'];
  if (deps.brain.id !== 'offline') {
    // One call per turn; its counts go on the turn and into the scene's totals.
    const onUsage = (u: BrainUsage): void => {
      usage = {
        promptTokens: (usage?.promptTokens ?? 0) + u.promptTokens,
        completionTokens: (usage?.completionTokens ?? 0) + u.completionTokens,
        costUsd: (usage?.costUsd ?? 0) + (u.costUsd ?? 0),
      };
      deps.onUsage(u);
    };
    line = await deps.brain.structured(
      {
        name: 'simulated line',
        schema: LineSchema,
        system: `You play ${speaker.name} in a film scene. Speak one short line in character, aimed at ${addressee.name}. You know only what is in your view. The scene's next beat is "${next.beat.move}". Answer as JSON: text, interaction (${InteractionTypeSchema.options.join(', ')}), intensity 0..1.`,
        user: JSON.stringify(speakerView(state, speaker, addressee)),
        fallback: () => line,
      },
      { ...(deps.signal ? { signal: deps.signal } : {}), onUsage },
    );
  }
  const turn: SimulationTurn = {
    speaker: speaker.name,
    characterId: speaker.id,
    text: line.text,
    interaction: line.interaction,
    addressedTo: addressee.id,
    ...(usage ? { usage } : {}),
  };
  return {
    line: { ...turn },
    next: { ...next, beat: { ...next.beat, interaction: line.interaction, intensity: line.intensity } },
  };
}
