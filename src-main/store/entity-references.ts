// Referential checks: an entity may only point at entities that exist in the same project.
import { ENTITY_TYPES, type AnyEntity, type EntityType } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';

/** Whether the project holds an entity of `target` type with `id`. */
type HasId = (target: EntityType, id: string) => boolean;

const collectionOf = (file: ProjectFile, type: EntityType) =>
  file.entities[`${type}s` as 'characters'] as readonly { id: string }[];

/** A scan per lookup: right for checking one entity. */
const scanning =
  (file: ProjectFile): HasId =>
  (target, id) =>
    collectionOf(file, target).some((e) => e.id === id);

function requireIds(
  has: HasId,
  type: EntityType,
  field: string,
  ids: readonly (string | undefined)[],
  target: EntityType,
): void {
  for (const id of ids) {
    if (id !== undefined && !has(target, id)) {
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
export function checkReferences(
  file: ProjectFile,
  type: EntityType,
  entity: AnyEntity,
  has: HasId = scanning(file),
): void {
  const e = entity as Record<string, unknown>;
  switch (type) {
    case 'relationship':
      requireIds(has, type, 'sourceId', [e.sourceId as string], 'character');
      requireIds(has, type, 'targetId', [e.targetId as string], 'character');
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
      requireIds(has, type, 'locationId', [e.locationId as string | undefined], 'location');
      requireIds(has, type, 'characterIds', e.characterIds as string[], 'character');
      return;
    case 'shot':
      requireIds(has, type, 'sceneId', [e.sceneId as string], 'scene');
      requireIds(has, type, 'characterIds', e.characterIds as string[], 'character');
      return;
    case 'beat':
      requireIds(has, type, 'sceneIds', e.sceneIds as string[], 'scene');
      return;
    case 'casting':
      requireIds(has, type, 'characterId', [e.characterId as string], 'character');
      requireIds(has, type, 'talentId', [e.talentId as string], 'talent');
      return;
    case 'character':
    case 'location':
    case 'talent':
      return;
  }
}

/**
 * Checks every reference of a whole project (an imported one: nothing it points at may be missing). Throws
 * ENTITY_REFERENCE_MISSING naming the first entity, field and missing id. Linear: ids are looked up in sets.
 */
export function checkAllReferences(file: ProjectFile): void {
  const ids = new Map(ENTITY_TYPES.map((t) => [t, new Set(collectionOf(file, t).map((e) => e.id))]));
  const has: HasId = (target, id) => ids.get(target)?.has(id) ?? false;
  for (const type of ENTITY_TYPES) {
    for (const entity of collectionOf(file, type)) {
      try {
        checkReferences(file, type, entity as AnyEntity, has);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        throw new AppFailure(
          error.code,
          `${error.message.replace(/^The /, `The ${type} ${entity.id}: the `)}`,
          error.remedy,
          {
            ...error.details,
            entityId: entity.id,
          },
        );
      }
    }
  }
}
