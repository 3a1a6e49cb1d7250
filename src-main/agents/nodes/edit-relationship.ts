// Node `relationship`: a chat edit of a relationship ("stops trusting", "they reconcile", "pin their trust") as one ledger entry.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import {
  InteractionTypeSchema,
  type Character,
  type Relationship,
  type RelationshipKind,
} from '../../../src-preload/contract/entities';
import type { IntentParams } from '../../../src-preload/contract/intent';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { recentEntities } from '../../chat/chat-context';
import { refMarker } from '../../domain/entity-refs';
import { findCharacter } from '../../domain/find-by-name';
import { interact } from '../../domain/relationship-interaction';
import {
  applyLedgerChange,
  ledgerPatch,
  openingEntry,
  type LedgerChange,
  type LedgerFields,
} from '../../domain/relationship-ledger';
import { findRelationshipBetween, KIND_START } from '../../domain/relationship-lookup';
import { nowIso } from '../../shared/ids';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { chatLabel, commitBuilder } from './node-helpers';

const reply = (text: string, extra: Partial<TurnStateValue['outcome']> = {}): TurnStateUpdate => ({
  outcome: { replyParts: [text], ...extra },
});

/** The two characters the edit is about: named ones first, else the pair the conversation was about. */
export function pairOf(
  file: ProjectFile,
  names: readonly string[],
  history: readonly ChatMessage[],
): [Character, Character] | string {
  const named = names.map((n) => ({ n, c: findCharacter(file, n) }));
  const missing = named.find((x) => !x.c);
  if (missing) return `I couldn't find “${missing.n}” in this project.`;
  const people = named.map((x) => x.c!);
  const recentRel = [...history]
    .reverse()
    .flatMap((m) => (m.refs ?? []).filter((r) => r.type === 'relationship'))
    .map((r) => file.entities.relationships.find((x) => x.id === r.id))
    .find(Boolean);
  if (
    people.length < 2 &&
    recentRel &&
    (!people[0] || [recentRel.sourceId, recentRel.targetId].includes(people[0].id))
  )
    return [recentRel.sourceId, recentRel.targetId].map((id) =>
      file.entities.characters.find((c) => c.id === id)!,
    ) as [Character, Character];
  for (const e of recentEntities(file, history)) {
    if (people.length >= 2) break;
    const c = e.type === 'character' ? file.entities.characters.find((x) => x.id === e.id) : undefined;
    if (c && !people.some((p) => p.id === c.id)) people.push(c);
  }
  if (people.length < 2) return 'Which two characters do you mean? For example “Sarah trusts Tom less”.';
  return [people[0]!, people[1]!];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The ledger change the parsed edit asks for (interactions go through the dynamics instead). */
function plainChange(params: IntentParams, rel: LedgerFields, reason: string): LedgerChange {
  const a = params.attributes ?? {};
  if (a.relationEdit === 'pin') {
    const fields = Array.isArray(a.pinFields) ? a.pinFields : ['kind', 'strength', 'trust'];
    const on = a.pin !== false;
    return { cause: 'chat', reason, pins: Object.fromEntries(fields.map((f) => [f, on])) };
  }
  const trustTo = num(a.trustTo);
  // "stops trusting" lowers trust to a floor; it never raises a trust already below it.
  const lowers = trustTo !== undefined && trustTo < 0.5;
  const dTrust =
    trustTo === undefined
      ? (num(a.dTrust) ?? 0)
      : lowers
        ? Math.min(0, trustTo - rel.trust)
        : Math.max(0, trustTo - rel.trust);
  return {
    cause: 'chat',
    reason,
    dStrength: num(a.dStrength) ?? 0,
    dTrust,
    ...(params.relationKind ? { kind: params.relationKind as RelationshipKind } : {}),
  };
}

function describe(before: LedgerFields, after: LedgerFields): string {
  const parts: string[] = [];
  if (after.kind !== before.kind) parts.push(`kind ${before.kind} → ${after.kind}`);
  if (after.strength !== before.strength)
    parts.push(`strength ${before.strength.toFixed(2)} → ${after.strength.toFixed(2)}`);
  if (after.trust !== before.trust)
    parts.push(`trust ${before.trust.toFixed(2)} → ${after.trust.toFixed(2)}`);
  const pins = Object.entries(after.pinned ?? {})
    .filter(([, on]) => on)
    .map(([k]) => k);
  const was = Object.entries(before.pinned ?? {})
    .filter(([, on]) => on)
    .map(([k]) => k);
  if (pins.join() !== was.join()) parts.push(pins.length ? `pinned: ${pins.join(', ')}` : 'nothing pinned');
  return parts.length ? parts.join(', ') : 'no change';
}

export async function editRelationship(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const pair = pairOf(file, params.names ?? [], state.history);
  if (typeof pair === 'string') return reply(pair);
  const [a, b] = pair;
  const builder = new ChangeBuilder(file, { via: 'chat', provenance: { messageId: state.messageId } });
  const now = nowIso();
  const reason = `“${state.text.trim()}”`;
  const rel =
    findRelationshipBetween(file.entities.relationships, a.id, b.id) ??
    openRelationship(builder, a, b, reason, now);
  const attrs = params.attributes ?? {};
  const interaction = InteractionTypeSchema.safeParse(attrs.interaction);
  let fields: LedgerFields;
  if (attrs.relationEdit === 'interaction' && interaction.success) {
    const result = interact(
      rel,
      a,
      b,
      {
        type: interaction.data,
        intensity: num(attrs.intensity) ?? 0.6,
        actorId: a.id,
        cause: 'chat',
        context: reason,
      },
      now,
    );
    fields = result.fields;
    for (const c of [a, b]) builder.update('character', c.id, { emotions: result.emotions[c.id] });
  } else {
    fields = applyLedgerChange(rel, plainChange(params, rel, reason), now);
  }
  // A label written for the old kind ("friends") would contradict the new one.
  builder.update('relationship', rel.id, {
    ...ledgerPatch(fields),
    ...(fields.kind !== rel.kind ? { label: null } : {}),
  });
  await commitBuilder(deps, builder, chatLabel(state.text));
  const ref = { type: 'relationship', id: rel.id, name: `${a.name} — ${b.name}` };
  const who = `${refMarker({ type: 'character', id: a.id, name: a.name })} and ${refMarker({ type: 'character', id: b.id, name: b.name })}`;
  const held = fields.history.at(-1)?.reason.match(/\((.+ pinned: unchanged)\)$/)?.[1];
  return reply(
    `${who}: ${describe(rel, fields)}.${held ? ` (${held}.)` : ''} Recorded in their history with your words as the reason — say “undo” to take it back.`,
    { updated: [ref] },
  );
}

/** A pair with no relationship yet gets one, opened with the user's words. */
function openRelationship(
  builder: ChangeBuilder,
  a: Character,
  b: Character,
  reason: string,
  now: string,
): Relationship {
  // Opened as "other": the edit that follows records any change of kind in the ledger.
  const kind = 'other';
  const start = KIND_START.other;
  const op = builder.create('relationship', {
    sourceId: a.id,
    targetId: b.id,
    kind,
    ...start,
    history: [openingEntry({ kind, ...start }, 'chat', reason, now)],
  });
  return op.after as unknown as Relationship;
}
