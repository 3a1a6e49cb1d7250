// Display names of entities of any type, resolving ids (scene → heading, relationship → "A — B", shot → "2.3 CU").
import type { EntityCollections, EntityType } from '../contract';
import { assertNever } from './assert-never';

/** Name lookups built once per snapshot. */
export interface NameIndex {
  character: Map<string, string>;
  location: Map<string, string>;
  scene: Map<string, { number: number; heading: string }>;
}

export function buildNameIndex(entities: EntityCollections): NameIndex {
  return {
    character: new Map(entities.characters.map((c) => [c.id, c.name])),
    location: new Map(entities.locations.map((l) => [l.id, l.name])),
    scene: new Map(entities.scenes.map((s) => [s.id, { number: s.number, heading: s.heading }])),
  };
}

/** The label of one entity, found by type and id; null when it no longer exists. */
export function entityLabel(
  entities: EntityCollections,
  index: NameIndex,
  type: EntityType,
  id: string,
): string | null {
  switch (type) {
    case 'character':
      return index.character.get(id) ?? null;
    case 'location':
      return index.location.get(id) ?? null;
    case 'scene': {
      const scene = index.scene.get(id);
      return scene ? `${scene.number}. ${scene.heading}` : null;
    }
    case 'relationship': {
      const rel = entities.relationships.find((r) => r.id === id);
      if (!rel) return null;
      return `${index.character.get(rel.sourceId) ?? '?'} — ${index.character.get(rel.targetId) ?? '?'}`;
    }
    case 'shot': {
      const shot = entities.shots.find((s) => s.id === id);
      if (!shot) return null;
      return `Shot ${index.scene.get(shot.sceneId)?.number ?? '?'}.${shot.number} ${shot.size}`;
    }
    case 'beat':
      return entities.beats.find((b) => b.id === id)?.name ?? null;
    case 'talent':
      return entities.talents.find((t) => t.id === id)?.name ?? null;
    case 'casting': {
      const casting = entities.castings.find((c) => c.id === id);
      return casting ? `Casting for ${index.character.get(casting.characterId) ?? '?'}` : null;
    }
    default:
      return assertNever(type, 'entity type');
  }
}
