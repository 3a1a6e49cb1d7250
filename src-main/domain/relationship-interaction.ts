// One interaction between two characters, end to end: deltas from dynamics, a ledger entry, both characters' feelings.
import type {
  Character,
  Emotions,
  InteractionType,
  LedgerCause,
  Relationship,
} from '../../src-preload/contract/entities';
import { emotionsOf, interactionEmotions } from './emotional-state';
import { interactionDeltas } from './relationship-dynamics';
import { applyLedgerChange, type LedgerFields } from './relationship-ledger';

export interface Interaction {
  type: InteractionType;
  intensity: number;
  /** Who acts; the other side of the relationship receives. */
  actorId: string;
  cause: LedgerCause;
  /** Words to put before the computed explanation (e.g. the line that was said). */
  context?: string;
  sceneId?: string;
  storyOrder?: number;
}

export interface InteractionResult {
  fields: LedgerFields;
  /** New feelings by character id. */
  emotions: Record<string, Emotions>;
  /** The proposed deltas before pins (what the dynamics said), and the reason recorded. */
  proposed: { dStrength: number; dTrust: number; reason: string };
}

type Person = Pick<Character, 'id' | 'name' | 'personality' | 'emotions'>;

/** Applies one interaction to a relationship between `a` and `b` (either may act). Pure. */
export function interact(
  rel: LedgerFields & Pick<Relationship, 'sourceId' | 'targetId'>,
  a: Person,
  b: Person,
  interaction: Interaction,
  at: string,
): InteractionResult {
  const actor = interaction.actorId === b.id ? b : a;
  const receiver = actor === a ? b : a;
  const proposed = interactionDeltas({
    type: interaction.type,
    intensity: interaction.intensity,
    actor: { name: actor.name, personality: actor.personality },
    receiver: { name: receiver.name, personality: receiver.personality },
    current: { strength: rel.strength, trust: rel.trust },
  });
  const reason = interaction.context ? `${interaction.context} — ${proposed.reason}` : proposed.reason;
  const fields = applyLedgerChange(
    rel,
    {
      cause: interaction.cause,
      reason,
      dStrength: proposed.dStrength,
      dTrust: proposed.dTrust,
      interaction: interaction.type,
      ...(interaction.sceneId ? { sceneId: interaction.sceneId } : {}),
      ...(interaction.storyOrder !== undefined ? { storyOrder: interaction.storyOrder } : {}),
    },
    at,
  );
  const felt = interactionEmotions(
    interaction.type,
    interaction.intensity,
    { emotions: emotionsOf(actor), personality: actor.personality },
    { emotions: emotionsOf(receiver), personality: receiver.personality },
  );
  return {
    fields,
    emotions: { [actor.id]: felt.actor, [receiver.id]: felt.receiver },
    proposed: { ...proposed, reason },
  };
}
