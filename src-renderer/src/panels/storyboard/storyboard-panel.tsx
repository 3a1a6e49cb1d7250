// Storyboard: one virtualized row per scene (heading, summary, location, characters) with its shot cards in order.
import { useMemo } from 'react';
import type { Shot } from '../../contract';
import { VirtualList } from '../../components/virtual-list';
import { plural } from '../../lib/format';
import { useEntities, useNameIndex } from '../use-project-data';
import { SceneRow } from './scene-row';

const NO_SHOTS: readonly Shot[] = [];

/** Each scene's shots in order (rows compare them shot by shot, so a new array alone does not re-render a row). */
function shotsBySceneOf(shots: readonly Shot[]): Map<string, Shot[]> {
  const map = new Map<string, Shot[]>();
  for (const shot of shots) map.set(shot.sceneId, [...(map.get(shot.sceneId) ?? []), shot]);
  for (const list of map.values()) list.sort((a, b) => a.number - b.number);
  return map;
}

export function StoryboardPanel() {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const scenes = useMemo(() => [...entities.scenes].sort((a, b) => a.number - b.number), [entities.scenes]);
  const shotsByScene = useMemo(() => shotsBySceneOf(entities.shots), [entities.shots]);

  return (
    <section aria-label="Storyboard" className="panel storyboard-panel">
      <h2 className="panel-title">
        Storyboard{' '}
        <span className="muted">
          {plural(scenes.length, 'scene')} · {plural(entities.shots.length, 'shot')}
        </span>
      </h2>
      {scenes.length === 0 ? (
        <p className="empty">
          No scenes yet. The scene breakdown fills this board; shots appear under each scene.
        </p>
      ) : (
        // A feature film has a hundred scenes and a thousand sketches: only the rows on screen are in the DOM.
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
      )}
    </section>
  );
}
