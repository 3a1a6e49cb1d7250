// Turns characters and relationships (as of a timeline point) into cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
import type { Character, Relationship } from '../../contract';
import { strengthColor, trustWidth, type RelationshipAt } from '../../lib/relationship-timeline';
import { ROLE_COLORS } from './graph-style';

/** Node and edge definitions; edges to missing characters are left out rather than crashing the layout. */
export function graphElements(
  characters: readonly Character[],
  relationships: readonly Relationship[],
  values: readonly RelationshipAt[],
): ElementDefinition[] {
  const ids = new Set(characters.map((c) => c.id));
  const at = new Map(values.map((v) => [v.id, v]));
  const nodes: ElementDefinition[] = characters.map((c) => ({
    group: 'nodes',
    data: {
      id: c.id,
      name: c.name,
      color: ROLE_COLORS[c.role ?? 'none'] ?? ROLE_COLORS.none,
      size: c.role === 'protagonist' ? 34 : c.role === 'minor' ? 18 : 26,
    },
  }));
  const edges: ElementDefinition[] = relationships
    .filter((r) => ids.has(r.sourceId) && ids.has(r.targetId))
    .map((r) => {
      const v = at.get(r.id) ?? { strength: r.strength, trust: r.trust, active: true };
      return {
        group: 'edges',
        data: {
          id: r.id,
          source: r.sourceId,
          target: r.targetId,
          kind: r.label ?? r.kind,
          color: strengthColor(v.strength),
          width: trustWidth(v.trust),
          opacity: v.active ? 0.95 : 0.25,
          arrow: r.directed ? 'triangle' : 'none',
        },
      };
    });
  return [...nodes, ...edges];
}
