// Finding the relationship between two characters, and where a new relationship of each kind starts.
import type { Relationship, RelationshipKind } from '../../src-preload/contract/entities';

/** Initial dynamics by kind: where a new relationship starts on the strength/trust scales. */
export const KIND_START: Record<RelationshipKind, { strength: number; trust: number }> = {
  family: { strength: 0.6, trust: 0.7 },
  romantic: { strength: 0.7, trust: 0.6 },
  friendship: { strength: 0.6, trust: 0.7 },
  mentor: { strength: 0.5, trust: 0.7 },
  professional: { strength: 0.2, trust: 0.5 },
  rivalry: { strength: -0.4, trust: 0.3 },
  enemy: { strength: -0.8, trust: 0.1 },
  other: { strength: 0, trust: 0.5 },
};

/** The relationship joining two characters, in either direction. */
export function findRelationshipBetween<R extends Pick<Relationship, 'sourceId' | 'targetId'>>(
  relationships: readonly R[],
  a: string,
  b: string,
): R | undefined {
  return relationships.find(
    (r) => (r.sourceId === a && r.targetId === b) || (r.sourceId === b && r.targetId === a),
  );
}
