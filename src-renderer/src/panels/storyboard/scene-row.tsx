// One storyboard row: the scene's heading (drag or Alt+Arrow to move it), summary, location and cast, its shot cards.
import { memo, useState, type DragEvent } from 'react';
import type { Scene, Shot } from '../../contract';
import { isMoveKey } from '../../lib/board-order';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { StaleBadge } from '../entities/stale-badge';
import { SCENE_DRAG, SHOT_DRAG, useBoard } from './board-context';
import { ShotCard } from './shot-card';

interface SceneRowProps {
  scene: Scene;
  /** The scene's shots in order. */
  shots: readonly Shot[];
  location: string | undefined;
  cast: string;
}

/** Same props, comparing the shot list shot by shot (the panel regroups shots into new arrays on every change). */
function sameRow(a: SceneRowProps, b: SceneRowProps): boolean {
  return (
    a.scene === b.scene &&
    a.location === b.location &&
    a.cast === b.cast &&
    a.shots.length === b.shots.length &&
    a.shots.every((shot, i) => shot === b.shots[i])
  );
}

/** Memoised: while a pipeline adds scenes and shots one by one, only the rows that changed render again. */
export const SceneRow = memo(function SceneRow({ scene, shots, location, cast }: SceneRowProps) {
  const selectEntity = useAppStore(selectSelectEntity);
  const board = useBoard();
  const [over, setOver] = useState(false);

  // The row takes a dropped scene (moves to this place) or a dropped shot (joins the end of this scene).
  const onDragOver = (e: DragEvent) => {
    const types = e.dataTransfer.types;
    if (!types.includes(SCENE_DRAG) && !types.includes(SHOT_DRAG)) return;
    e.preventDefault();
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    setOver(false);
    const sceneId = e.dataTransfer.getData(SCENE_DRAG);
    const shotId = e.dataTransfer.getData(SHOT_DRAG);
    if (!sceneId && !shotId) return;
    e.preventDefault();
    if (sceneId && sceneId !== scene.id) board.dropScene(sceneId, scene.id);
    if (shotId) board.dropShot(shotId, scene.id);
  };

  return (
    <div
      className={`scene-row ${over ? 'drop-target' : ''}`}
      data-scene-id={scene.id}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="scene-info">
        <h3
          draggable={board.writable()}
          onDragStart={(e) => {
            e.dataTransfer.setData(SCENE_DRAG, scene.id);
            e.dataTransfer.effectAllowed = 'move';
          }}
        >
          {board.writable() && (
            <span className="drag-handle" aria-hidden="true">
              ⋮⋮
            </span>
          )}
          <button
            type="button"
            className="link scene-open"
            onClick={() => selectEntity({ type: 'scene', id: scene.id })}
            onKeyDown={(e) => {
              if (!e.altKey || !isMoveKey(e.key) || !board.writable()) return;
              e.preventDefault();
              board.moveSceneByKey(scene.id, e.key);
            }}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          >
            {scene.number}. {scene.heading}
          </button>
          {scene.stale && <StaleBadge />}
        </h3>
        {scene.summary && <p className="scene-summary">{scene.summary}</p>}
        <p className="muted">
          {location ?? 'No location'}
          {cast ? ` · ${cast}` : ''}
        </p>
      </div>
      {shots.length === 0 ? (
        <p className="muted shots-empty">No shots planned.</p>
      ) : (
        <ul className="shot-strip" aria-label={`Shots of scene ${scene.number}`}>
          {shots.map((shot, index) => (
            <ShotCard key={shot.id} shot={shot} sceneNumber={scene.number} sceneId={scene.id} index={index} />
          ))}
        </ul>
      )}
    </div>
  );
}, sameRow);
