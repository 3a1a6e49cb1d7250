// The board: one virtualized row per scene with its shot cards; drag or Alt+Arrow reorders shots and scenes.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Scene, Shot } from '../../contract';
import { VirtualList } from '../../components/virtual-list';
import { moveTo, shotMove, type BoardScene } from '../../lib/board-order';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities, useNameIndex, useWritable } from '../use-project-data';
import { BoardContext, refocus, type BoardActions } from './board-context';
import { SceneRow } from './scene-row';
import { selectReorderScenes, selectReorderShots } from '../../stores/storyboard-selectors';

const NO_SHOTS: readonly Shot[] = [];

/** Each scene's shots in order (rows compare them shot by shot, so a new array alone does not re-render a row). */
function shotsBySceneOf(shots: readonly Shot[]): Map<string, Shot[]> {
  const map = new Map<string, Shot[]>();
  for (const shot of shots) map.set(shot.sceneId, [...(map.get(shot.sceneId) ?? []), shot]);
  for (const list of map.values()) list.sort((a, b) => a.number - b.number);
  return map;
}

/** The board's verbs read the latest scenes through a ref, so the context value never changes identity. */
function useBoardActions(scenes: readonly Scene[], shotsByScene: Map<string, Shot[]>): BoardActions {
  const reorderShots = useAppStore(selectReorderShots);
  const reorderScenes = useAppStore(selectReorderScenes);
  const writable = useWritable();
  const latest = useRef({ scenes, shotsByScene, writable });
  useLayoutEffect(() => {
    latest.current = { scenes, shotsByScene, writable };
  });
  return useMemo<BoardActions>(() => {
    const board = (): BoardScene[] =>
      latest.current.scenes.map((s) => ({
        sceneId: s.id,
        shotIds: (latest.current.shotsByScene.get(s.id) ?? []).map((x) => x.id),
      }));
    const focusShot = (id: string) => refocus(`[data-shot-id="${id}"] .shot-open`);
    const focusScene = (id: string) => refocus(`[data-scene-id="${id}"] .scene-open`);
    const sceneIds = () => latest.current.scenes.map((s) => s.id);
    return {
      writable: () => latest.current.writable,
      moveShotByKey(shotId, key) {
        const move = shotMove(board(), shotId, key);
        if (move) void reorderShots(move.sceneId, move.shotIds).then((ok) => ok && focusShot(shotId));
      },
      dropShot(shotId, sceneId, index) {
        const ids = board().find((s) => s.sceneId === sceneId)?.shotIds ?? [];
        const order = moveTo(ids, shotId, index ?? ids.length);
        void reorderShots(sceneId, order);
      },
      moveSceneByKey(sceneId, key) {
        const ids = sceneIds();
        const at = ids.indexOf(sceneId);
        const to = key === 'ArrowUp' || key === 'ArrowLeft' ? at - 1 : at + 1;
        if (to < 0 || to >= ids.length) return;
        void reorderScenes(moveTo(ids, sceneId, to)).then((ok) => ok && focusScene(sceneId));
      },
      dropScene(sceneId, targetSceneId) {
        const ids = sceneIds();
        void reorderScenes(moveTo(ids, sceneId, ids.indexOf(targetSceneId)));
      },
    };
  }, [reorderShots, reorderScenes]);
}

export function BoardView({ scenes }: { scenes: readonly Scene[] }) {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const shotsByScene = useMemo(() => shotsBySceneOf(entities.shots), [entities.shots]);
  const actions = useBoardActions(scenes, shotsByScene);

  return (
    <BoardContext.Provider value={actions}>
      {/* A feature film has a hundred scenes and a thousand sketches: only the rows on screen are in the DOM. */}
      <VirtualList
        items={scenes}
        label="Scenes"
        getKey={(scene) => scene.id}
        estimateSize={190}
        className="scene-rows"
        renderItem={(scene) => (
          <SceneRow
            scene={scene}
            shots={shotsByScene.get(scene.id) ?? NO_SHOTS}
            location={scene.locationId ? index.location.get(scene.locationId) : undefined}
            cast={scene.characterIds
              .map((id) => index.character.get(id))
              .filter(Boolean)
              .join(', ')}
          />
        )}
      />
    </BoardContext.Provider>
  );
}
