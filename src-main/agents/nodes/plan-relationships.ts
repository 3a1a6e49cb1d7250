// Plans the relationships a message states between characters it names or the project already has.
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { Relationship } from '../../../src-preload/contract/entities';
import type { CandidateRelationship } from '../../brains/offline/understand/relationships';
import { findCharacter } from '../../domain/find-by-name';
import { refMarker } from '../../domain/entity-refs';
import type { ChangeBuilder } from '../../store/change-builder';
import { KIND_START, findRelationshipBetween } from '../../domain/relationship-lookup';
import { applyLedgerChange, ledgerPatch, openingEntry } from '../../domain/relationship-ledger';
import { nowIso } from '../../shared/ids';
import type { TurnOutcome } from '../state';

/**
 * Links the pairs a message states. A pair already linked under another kind changes kind (one ledger entry with
 * the user's words as the reason); a new link starts its ledger with an opening entry.
 */
export function planRelationships(
  builder: ChangeBuilder,
  candidates: readonly CandidateRelationship[],
  outcome: Partial<TurnOutcome>,
  words = '',
): EntityRef[] {
  const reason = words ? `“${words.trim()}”` : 'Stated in the chat.';
  const refs: EntityRef[] = [];
  for (const rel of candidates) {
    const source = findCharacter(builder.work, rel.source);
    const target = findCharacter(builder.work, rel.target);
    if (!source || !target || source.id === target.id) continue;
    const existing = findRelationshipBetween(builder.work.entities.relationships, source.id, target.id);
    if (existing) {
      if (existing.kind !== rel.kind && rel.kind !== 'other')
        changeKind(builder, existing, rel, reason, outcome);
      continue;
    }
    const start = KIND_START[rel.kind];
    const op = builder.create('relationship', {
      sourceId: source.id,
      targetId: target.id,
      kind: rel.kind,
      ...(rel.label ? { label: rel.label } : {}),
      ...start,
      history: [openingEntry({ kind: rel.kind, ...start }, 'chat', reason, nowIso())],
    });
    const ref = { type: 'relationship', id: op.id, name: `${source.name} — ${target.name}` };
    refs.push(ref);
    outcome.replyParts?.push(
      `Linked ${refMarker({ type: 'character', id: source.id, name: source.name })} and ${refMarker({ type: 'character', id: target.id, name: target.name })} (${rel.label || rel.kind}).`,
    );
  }
  return refs;
}

/** "Sarah and Tom are now friends" about rivals: the kind changes and the values move to where that kind sits. */
function changeKind(
  builder: ChangeBuilder,
  rel: Relationship,
  stated: CandidateRelationship,
  reason: string,
  outcome: Partial<TurnOutcome>,
): void {
  const start = KIND_START[stated.kind];
  const fields = applyLedgerChange(
    rel,
    {
      cause: 'chat',
      reason,
      kind: stated.kind,
      dStrength: start.strength - rel.strength,
      dTrust: (start.trust - rel.trust) / 2,
    },
    nowIso(),
  );
  builder.update('relationship', rel.id, {
    ...ledgerPatch(fields),
    ...(stated.label ? { label: stated.label } : {}),
  });
  const names = [rel.sourceId, rel.targetId].map(
    (id) => builder.work.entities.characters.find((c) => c.id === id)?.name ?? '?',
  );
  outcome.updated?.push({ type: 'relationship', id: rel.id, name: names.join(' — ') });
  outcome.replyParts?.push(
    fields.kind === rel.kind
      ? `${names.join(' and ')} stay ${rel.kind}: their kind is pinned.`
      : `${names.join(' and ')} are now ${stated.label || stated.kind} (was ${rel.kind}): strength ${rel.strength.toFixed(2)} → ${fields.strength.toFixed(2)}, trust ${rel.trust.toFixed(2)} → ${fields.trust.toFixed(2)}.`,
  );
}
