// Turns characters and relationships (as of a story point) into cytoscape element definitions, filters applied.
import type { ElementDefinition } from 'cytoscape';
import type { Character, Relationship } from '../../contract';
import { importanceSize } from '../../lib/character-importance';
import { strengthColor, trustWidth, type RelationshipAt } from '../../lib/relationship-timeline';
import { ROLE_COLORS } from './graph-style';

/** What the filter bar narrows the graph to. Hidden elements stay in the graph, so positions never move. */
export interface GraphFilter {
  kind: Relationship['kind'] | 'all';
  /** Edges weaker than this are hidden (−1 shows every edge). */
  minStrength: number;
  /** Only the cast of this scene, when set. */
  sceneCast: ReadonlySet<string> | null;
}

export const NO_FILTER: GraphFilter = { kind: 'all', minStrength: -1, sceneCast: null };

/** Values a pending simulated scene proposes (dashed until the user keeps them). */
export interface EdgePreview {
  strength: number;
  trust: number;
}

interface Inputs {
  characters: readonly Character[];
  relationships: readonly Relationship[];
  values: readonly RelationshipAt[];
  importance: ReadonlyMap<string, number>;
  filter: GraphFilter;
  preview?: ReadonlyMap<string, EdgePreview>;
}

function nodeElements({ characters, importance, filter }: Inputs): ElementDefinition[] {
  return characters.map((c) => {
    const weight = importance.get(c.id) ?? 0;
    return {
      group: 'nodes',
      data: {
        id: c.id,
        name: c.name,
        role: c.role ?? 'none',
        color: ROLE_COLORS[c.role ?? 'none'] ?? ROLE_COLORS.none,
        importance: weight,
        size: importanceSize(weight),
        fontSize: Math.round(9 + weight * 5),
        hidden: filter.sceneCast !== null && !filter.sceneCast.has(c.id),
      },
    };
  });
}

/** Node and edge definitions; edges to missing characters are left out rather than crashing the layout. */
export function graphElements(inputs: Inputs): ElementDefinition[] {
  const { characters, relationships, values, filter, preview } = inputs;
  const ids = new Set(characters.map((c) => c.id));
  const at = new Map(values.map((v) => [v.id, v]));
  const shown = (id: string) => filter.sceneCast === null || filter.sceneCast.has(id);
  const edges: ElementDefinition[] = relationships
    .filter((r) => ids.has(r.sourceId) && ids.has(r.targetId))
    .map((r) => {
      const v = at.get(r.id) ?? { strength: r.strength, trust: r.trust, active: true };
      const proposed = preview?.get(r.id);
      const strength = proposed?.strength ?? v.strength;
      const trust = proposed?.trust ?? v.trust;
      return {
        group: 'edges',
        data: {
          id: r.id,
          source: r.sourceId,
          target: r.targetId,
          kind: r.label ?? r.kind,
          strength,
          trust,
          color: strengthColor(strength),
          width: trustWidth(trust),
          opacity: v.active || proposed ? 0.95 : 0.2,
          arrow: r.directed ? 'triangle' : 'none',
          preview: proposed !== undefined,
          hidden:
            (filter.kind !== 'all' && r.kind !== filter.kind) ||
            strength < filter.minStrength ||
            !shown(r.sourceId) ||
            !shown(r.targetId),
        },
      };
    });
  return [...nodeElements(inputs), ...edges];
}
