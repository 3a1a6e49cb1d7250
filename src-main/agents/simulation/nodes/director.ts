// Node `director`: who speaks next (addressed first, then stake and talkativeness), the climax's turn, and when to stop.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { NEUTRAL_PERSONALITY } from '../../../domain/relationship-dynamics';
import { Rng, subSeed } from '../../../brains/offline/generate/rng';
import type { Beat } from '../scene-arc';
import { simDepsOf } from '../simulation-deps';
import {
  MAX_AI_STREAK,
  MAX_TURNS,
  type CastMember,
  type SimulationStateUpdate,
  type SimulationStateValue,
} from '../simulation-state';

/** How much a character has riding on the scene with `other`: a strong bond or a broken trust both raise it. */
function stake(state: SimulationStateValue, c: CastMember, other: CastMember): number {
  const pair = state.pairs.find(
    (p) =>
      (p.sourceId === c.id && p.targetId === other.id) || (p.sourceId === other.id && p.targetId === c.id),
  );
  return pair ? Math.abs(pair.fields.strength) + (1 - pair.fields.trust) * 0.5 : 0.2;
}

/** The respondent: whoever the last line addressed, else the one with most at stake who talks most readily. */
function pickRespondent(state: SimulationStateValue, initiator: CastMember): CastMember {
  const others = state.cast.filter((c) => c.id !== initiator.id);
  const addressed = others.find((c) => c.id === state.turns.at(-1)?.addressedTo);
  if (addressed) return addressed;
  return others.reduce((best, c) =>
    stake(state, c, initiator) + c.talkativeness > stake(state, best, initiator) + best.talkativeness
      ? c
      : best,
  );
}

/** The climax decides the scene: the respondent owns up (resolve) or lashes out (break). */
function turnClimax(
  state: SimulationStateValue,
  respondent: CastMember,
  initiator: CastMember,
): { beats: Beat[]; ending: 'resolved' | 'broken' } {
  const p = respondent.personality ?? NEUTRAL_PERSONALITY;
  const pair = state.pairs[0];
  const trust = pair?.fields.trust ?? 0.5;
  const rng = new Rng(subSeed(state.seed, 'climax', respondent.id, initiator.id));
  const owns =
    0.2 +
    0.35 * p.agreeableness +
    0.25 * p.conscientiousness +
    0.3 * trust -
    0.35 * respondent.emotions.anger;
  const resolved = rng.next() < owns;
  const i = state.beat;
  const rest: Beat[] = resolved
    ? [
        { move: 'confess', role: 'respondent', interaction: 'confession', intensity: 0.7 },
        { move: 'resolve', role: 'initiator', interaction: 'reconciliation', intensity: 0.5 },
        { move: 'close_resolved', role: 'respondent', interaction: 'apology', intensity: 0.6 },
      ]
    : [
        { move: 'counterattack', role: 'respondent', interaction: 'insult', intensity: 0.75 },
        { move: 'break', role: 'initiator', interaction: 'rejection', intensity: 0.8 },
        { move: 'close_broken', role: 'respondent', interaction: 'argument', intensity: 0.4 },
      ];
  return { beats: [...state.beats.slice(0, i), ...rest], ending: resolved ? 'resolved' : 'broken' };
}

/** After the user spoke as a character, skip beats that would have that character answer themself. */
function skipOwnReply(state: SimulationStateValue, respondent: CastMember, initiator: CastMember): number {
  const last = state.turns.at(-1);
  let index = state.beat;
  if (last?.by !== 'user') return index;
  const speakerOf = (b: Beat) => (b.role === 'initiator' ? initiator : respondent).id;
  while (
    state.beats[index] &&
    state.beats[index]!.move !== 'climax' &&
    speakerOf(state.beats[index]!) === last.characterId
  )
    index++;
  return index;
}

export function director(
  state: SimulationStateValue,
  config?: LangGraphRunnableConfig,
): SimulationStateUpdate {
  const done = state.turns.length;
  if (state.ending === 'stopped') return { next: null };
  const interrupt = config?.configurable?.simulation ? simDepsOf(config).interrupt : undefined;
  const initiator = state.cast[0]!;
  const respondent = pickRespondent(state, initiator);
  const index = skipOwnReply(state, respondent, initiator);
  const left = index < state.beats.length;
  if (done >= Math.min(state.maxTurns, MAX_TURNS) && left)
    return { next: null, beat: index, ending: 'capped' };
  if (state.aiStreak >= MAX_AI_STREAK && left) return { next: null, beat: index, ending: 'capped' };
  // Only once a line was spoken, and only while beats are left (a scene at its last line simply ends).
  const asked = done > 0 && left ? interrupt?.() : undefined;
  if (asked === 'pause') return { next: null, beat: index, ending: 'capped' };
  if (asked === 'stop') return { next: null, beat: index, ending: 'stopped' };
  let beats = state.beats;
  let ending = state.ending;
  if (beats[index]?.move === 'climax')
    ({ beats, ending } = turnClimax({ ...state, beat: index }, respondent, initiator));
  const beat = beats[index];
  if (!beat) return { next: null, beat: index, ending: ending ?? 'resolved' };
  const speaker = beat.role === 'initiator' ? initiator : respondent;
  const addressee = beat.role === 'initiator' ? respondent : initiator;
  return { beats, ending, beat: index + 1, next: { speakerId: speaker.id, addresseeId: addressee.id, beat } };
}
