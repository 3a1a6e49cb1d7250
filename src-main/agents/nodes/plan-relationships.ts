// Plans the relationships a message states between characters it names or the project already has.
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { CandidateRelationship } from '../../brains/offline/understand/relationships';
import { findCharacter } from '../../domain/find-by-name';
import { refMarker } from '../../domain/entity-refs';
import type { ChangeBuilder } from '../../store/change-builder';
import type { TurnOutcome } from '../state';

/** Initial dynamics by kind: where a new relationship starts on the strength/trust scales. */
const START: Record<string, { strength: number; trust: number }> = {
  family: { strength: 0.6, trust: 0.7 },
  romantic: { strength: 0.7, trust: 0.6 },
  friendship: { strength: 0.6, trust: 0.7 },
  mentor: { strength: 0.5, trust: 0.7 },
  professional: { strength: 0.2, trust: 0.5 },
  rivalry: { strength: -0.4, trust: 0.3 },
  enemy: { strength: -0.8, trust: 0.1 },
  other: { strength: 0, trust: 0.5 },
};

export function planRelationships(
  builder: ChangeBuilder,
  candidates: readonly CandidateRelationship[],
  outcome: Partial<TurnOutcome>,
): EntityRef[] {
  const refs: EntityRef[] = [];
  for (const rel of candidates) {
    const source = findCharacter(builder.work, rel.source);
    const target = findCharacter(builder.work, rel.target);
    if (!source || !target || source.id === target.id) continue;
    const exists = builder.work.entities.relationships.some(
      (r) =>
        (r.sourceId === source.id && r.targetId === target.id) ||
        (r.sourceId === target.id && r.targetId === source.id),
    );
    if (exists) continue;
    const op = builder.create('relationship', {
      sourceId: source.id,
      targetId: target.id,
      kind: rel.kind,
      ...(rel.label ? { label: rel.label } : {}),
      ...(START[rel.kind] ?? START.other),
    });
    const ref = { type: 'relationship', id: op.id, name: `${source.name} — ${target.name}` };
    refs.push(ref);
    outcome.replyParts?.push(
      `Linked ${refMarker({ type: 'character', id: source.id, name: source.name })} and ${refMarker({ type: 'character', id: target.id, name: target.name })} (${rel.label || rel.kind}).`,
    );
  }
  return refs;
}
