// Plans storyboard reorders as one undoable change: shots within (or into) a scene, scenes in the script, renumbering.
import type { Scene, Shot } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { scenesInOrder, shotsByScene } from '../domain/production-order';
import { renumberInOrder } from '../domain/shot-numbering';
import { AppFailure } from '../shared/failure';
import { ChangeBuilder } from './change-builder';

const manual = { via: 'manual' as const };

function notFound(what: string, id: string): AppFailure {
  return new AppFailure(
    'ENTITY_NOT_FOUND',
    `No ${what} with id ${id} in this project.`,
    'Reload the project; it may have been changed elsewhere.',
    { id },
  );
}

/** Refuses a list that names one id twice (a drag gone wrong must not duplicate a shot's place). */
function assertDistinct(ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length)
    throw new AppFailure('ORDER_INVALID', 'The new order lists an item twice.', 'Reload and try again.');
}

/**
 * Puts `shotIds` into scene `sceneId` in that order and renumbers the scene (numbers the user gave are kept).
 * Shots listed from another scene move here; that scene is renumbered too. Shots of the scene left out of the
 * list keep their place after the listed ones.
 */
export function planShotReorder(
  file: ProjectFile,
  sceneId: string,
  shotIds: readonly string[],
): ChangeBuilder {
  assertDistinct(shotIds);
  if (!file.entities.scenes.some((s) => s.id === sceneId)) throw notFound('scene', sceneId);
  const byId = new Map(file.entities.shots.map((s) => [s.id, s]));
  const listed = shotIds.map(
    (id) =>
      byId.get(id) ??
      (() => {
        throw notFound('shot', id);
      })(),
  );
  const rest = shotsByScene(file)
    .find((g) => g.scene.id === sceneId)!
    .shots.filter((s) => !shotIds.includes(s.id));
  const ordered: Shot[] = [...listed, ...rest];
  const builder = new ChangeBuilder(file, manual);
  const numbers = renumberInOrder(ordered);
  for (const shot of ordered) {
    const patch: Record<string, unknown> = {};
    if (shot.sceneId !== sceneId) patch.sceneId = sceneId;
    const number = numbers.get(shot.id);
    if (number !== undefined) patch.number = number;
    if (Object.keys(patch).length > 0) builder.update('shot', shot.id, patch);
  }
  // The scenes shots moved out of close their gaps.
  const left = new Set(listed.filter((s) => s.sceneId !== sceneId).map((s) => s.sceneId));
  for (const group of shotsByScene(builder.work).filter((g) => left.has(g.scene.id)))
    for (const [id, number] of renumberInOrder(group.shots)) builder.update('shot', id, { number });
  return builder;
}

/** Renumbers the shots of every scene in their current order (after deletes and additions). */
export function planRenumberAll(file: ProjectFile): ChangeBuilder {
  const builder = new ChangeBuilder(file, manual);
  for (const { shots } of shotsByScene(file))
    for (const [id, number] of renumberInOrder(shots)) builder.update('shot', id, { number });
  return builder;
}

/** Puts scenes in the given order (scenes not listed follow in their current order) and numbers them 1, 2, 3… */
export function planSceneReorder(file: ProjectFile, sceneIds: readonly string[]): ChangeBuilder {
  assertDistinct(sceneIds);
  const byId = new Map(file.entities.scenes.map((s) => [s.id, s]));
  const listed = sceneIds.map(
    (id) =>
      byId.get(id) ??
      (() => {
        throw notFound('scene', id);
      })(),
  );
  const ordered: Scene[] = [...listed, ...scenesInOrder(file).filter((s) => !sceneIds.includes(s.id))];
  const builder = new ChangeBuilder(file, manual);
  for (const [id, number] of renumberInOrder(ordered)) builder.update('scene', id, { number });
  return builder;
}
