// Referential checks: an entity may only point at entities that exist in the same project.
import type { AnyEntity, EntityType } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';

function requireIds(
  file: ProjectFile,
  type: EntityType,
  field: string,
  ids: readonly (string | undefined)[],
  target: EntityType,
): void {
  const collection = file.entities[`${target}s` as 'characters'] as { id: string }[];
  for (const id of ids) {
    if (id !== undefined && !collection.some((e) => e.id === id)) {
      throw new AppFailure(
        'ENTITY_REFERENCE_MISSING',
        `The ${type}'s ${field} points at a ${target} (${id}) that is not in this project.`,
        `Create the ${target} first or pick an existing one.`,
        { field: `${type}.${field}` },
      );
    }
  }
}

/** Throws ENTITY_REFERENCE_MISSING when an entity references something absent. */
export function checkReferences(file: ProjectFile, type: EntityType, entity: AnyEntity): void {
  const e = entity as Record<string, unknown>;
  switch (type) {
    case 'relationship':
      requireIds(file, type, 'sourceId', [e.sourceId as string], 'character');
      requireIds(file, type, 'targetId', [e.targetId as string], 'character');
      if (e.sourceId === e.targetId) {
        throw new AppFailure(
          'ENTITY_INVALID',
          'A relationship needs two different characters.',
          'Pick another target character.',
          {
            field: 'relationship.targetId',
          },
        );
      }
      return;
    case 'scene':
      requireIds(file, type, 'locationId', [e.locationId as string | undefined], 'location');
      requireIds(file, type, 'characterIds', e.characterIds as string[], 'character');
      return;
    case 'shot':
      requireIds(file, type, 'sceneId', [e.sceneId as string], 'scene');
      requireIds(file, type, 'characterIds', e.characterIds as string[], 'character');
      return;
    case 'beat':
      requireIds(file, type, 'sceneIds', e.sceneIds as string[], 'scene');
      return;
    case 'casting':
      requireIds(file, type, 'characterId', [e.characterId as string], 'character');
      requireIds(file, type, 'talentId', [e.talentId as string], 'talent');
      return;
    case 'character':
    case 'location':
    case 'talent':
      return;
  }
}
