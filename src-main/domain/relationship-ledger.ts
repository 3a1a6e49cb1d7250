// The relationship ledger: every change of kind, strength or trust becomes a history entry with its cause and reason.
import type {
  InteractionType,
  LedgerCause,
  Relationship,
  RelationshipEvent,
  RelationshipKind,
} from '../../src-preload/contract/entities';
import { RELATIONSHIP_HISTORY_MAX } from '../../src-preload/contract/ledger-limits';

/** The most entries a relationship keeps (the loader's cap); older ones are folded into one summary entry. */
export const LEDGER_LIMIT = RELATIONSHIP_HISTORY_MAX;

type Pins = NonNullable<Relationship['pinned']>;

/** A requested change: deltas (before pins and bounds), maybe a new kind or pins, and why. */
export interface LedgerChange {
  cause: LedgerCause;
  reason: string;
  dStrength?: number;
  dTrust?: number;
  kind?: RelationshipKind;
  /** Pins to set (true) or release (false); applied before the deltas. */
  pins?: Pins;
  interaction?: InteractionType;
  sceneId?: string;
  storyOrder?: number;
}

/** The fields of a relationship the ledger writes. */
export type LedgerFields = Pick<
  Relationship,
  'kind' | 'strength' | 'trust' | 'interactionCount' | 'history' | 'pinned'
>;

const round = (v: number): number => Math.round(v * 10_000) / 10_000;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const finite = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);

function mergePins(current: Pins | undefined, change: Pins | undefined): Pins | undefined {
  if (!change) return current;
  const next: Pins = { ...current };
  for (const key of ['kind', 'strength', 'trust'] as const) {
    if (change[key] === true) next[key] = true;
    else if (change[key] === false) delete next[key];
  }
  return Object.keys(next).length ? next : undefined;
}

/** Folds the oldest entries into one when the ledger is full, so the newest story stays exact. */
function capped(history: readonly RelationshipEvent[]): RelationshipEvent[] {
  if (history.length <= LEDGER_LIMIT) return [...history];
  const overflow = history.length - LEDGER_LIMIT + 1;
  const folded = history.slice(0, overflow + 1);
  const last = folded.at(-1)!;
  const summary: RelationshipEvent = {
    ...last,
    dStrength: round(
      clamp(
        folded.reduce((s, e) => s + e.dStrength, 0),
        -2,
        2,
      ),
    ),
    dTrust: round(
      clamp(
        folded.reduce((s, e) => s + e.dTrust, 0),
        -1,
        1,
      ),
    ),
    reason: `${folded.length} earlier changes folded together; the last: ${last.reason}`.slice(0, 2_000),
  };
  return [summary, ...history.slice(overflow + 1)];
}

/**
 * Applies one change to a relationship: pins first, then the deltas (a pinned value never moves, every value
 * stays in its bounds), then one ledger entry with the deltas that really happened. Pure: returns new fields.
 */
export function applyLedgerChange(rel: LedgerFields, change: LedgerChange, at: string): LedgerFields {
  const pinned = mergePins(rel.pinned, change.pins);
  const strength = pinned?.strength
    ? rel.strength
    : round(clamp(rel.strength + finite(change.dStrength), -1, 1));
  const trust = pinned?.trust ? rel.trust : round(clamp(rel.trust + finite(change.dTrust), 0, 1));
  const kind = change.kind && !pinned?.kind ? change.kind : rel.kind;
  const held = (['strength', 'trust', 'kind'] as const).filter(
    (k) =>
      pinned?.[k] &&
      (k === 'kind'
        ? change.kind && change.kind !== rel.kind
        : finite(change[k === 'strength' ? 'dStrength' : 'dTrust']) !== 0),
  );
  const reason = `${change.reason.trim() || 'No reason given.'}${held.length ? ` (${held.join(' and ')} pinned: unchanged)` : ''}`;
  const entry: RelationshipEvent = {
    at,
    cause: change.cause,
    ...(change.sceneId ? { sceneId: change.sceneId } : {}),
    ...(change.storyOrder !== undefined && Number.isFinite(change.storyOrder)
      ? { storyOrder: clamp(change.storyOrder, -1_000_000, 1_000_000) }
      : {}),
    ...(change.interaction ? { interaction: change.interaction } : {}),
    ...(kind !== rel.kind ? { kind, fromKind: rel.kind } : {}),
    ...(change.pins ? { pinned: change.pins } : {}),
    dStrength: round(strength - rel.strength),
    dTrust: round(trust - rel.trust),
    strength,
    trust,
    reason: reason.slice(0, 2_000),
  };
  return {
    kind,
    strength,
    trust,
    interactionCount: rel.interactionCount + (change.interaction ? 1 : 0),
    history: capped([...rel.history, entry]),
    ...(pinned ? { pinned } : {}),
  };
}

/** The starting entry of a new relationship, so its story begins with its first values and the words that set them. */
export function openingEntry(
  values: { kind: RelationshipKind; strength: number; trust: number },
  cause: LedgerCause,
  reason: string,
  at: string,
  when: { sceneId?: string; storyOrder?: number } = {},
): RelationshipEvent {
  return {
    at,
    cause,
    ...(when.sceneId ? { sceneId: when.sceneId } : {}),
    ...(when.storyOrder !== undefined ? { storyOrder: when.storyOrder } : {}),
    kind: values.kind,
    dStrength: round(values.strength),
    dTrust: 0,
    strength: values.strength,
    trust: values.trust,
    reason: reason.slice(0, 2_000) || 'Relationship created.',
  };
}

/** The last `n` entries, newest first: what "how do they get along?" quotes. */
export function lastReasons(rel: Pick<Relationship, 'history'>, n = 3): RelationshipEvent[] {
  return rel.history.slice(-n).reverse();
}

/** The ledger's fields as an entity patch: a released pin is removed (`null` deletes a field on update). */
export function ledgerPatch(fields: LedgerFields): Record<string, unknown> {
  return { ...fields, pinned: fields.pinned ?? null };
}

/** A delta for replies: "+0.20", "−0.35" (a real minus sign). */
export const formatDelta = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;
