// Reading order of a production: scenes by number, each scene's shots by number (ties keep stored order).
import type { Scene, Shot } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';

/** Scenes in script order: by scene number, then by their place in project.json. */
export function scenesInOrder(file: ProjectFile): Scene[] {
  return file.entities.scenes
    .map((scene, index) => ({ scene, index }))
    .sort((a, b) => a.scene.number - b.scene.number || a.index - b.index)
    .map(({ scene }) => scene);
}

/** A scene with its shots in shooting-script order. */
export interface SceneWithShots {
  scene: Scene;
  shots: Shot[];
}

/**
 * Every scene (in script order) with its shots by shot number. Shots whose scene no longer exists are
 * left out: they cannot be placed in a script and the store repairs such references on load.
 */
export function shotsByScene(file: ProjectFile): SceneWithShots[] {
  const byScene = new Map<string, { shot: Shot; index: number }[]>();
  file.entities.shots.forEach((shot, index) => {
    const list = byScene.get(shot.sceneId) ?? [];
    list.push({ shot, index });
    byScene.set(shot.sceneId, list);
  });
  return scenesInOrder(file).map((scene) => ({
    scene,
    shots: (byScene.get(scene.id) ?? [])
      .sort((a, b) => a.shot.number - b.shot.number || a.index - b.index)
      .map(({ shot }) => shot),
  }));
}
