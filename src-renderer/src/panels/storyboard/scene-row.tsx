// One storyboard row: the scene's heading (with a "stale" badge), summary, location and cast, and its shot cards.
import { memo } from 'react';
import type { Scene, Shot } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { StaleBadge } from '../entities/stale-badge';
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
  return (
    <div className="scene-row">
      <div className="scene-info">
        <h3>
          <button
            type="button"
            className="link"
            onClick={() => selectEntity({ type: 'scene', id: scene.id })}
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
          {shots.map((shot) => (
            <ShotCard key={shot.id} shot={shot} sceneNumber={scene.number} />
          ))}
        </ul>
      )}
    </div>
  );
}, sameRow);
