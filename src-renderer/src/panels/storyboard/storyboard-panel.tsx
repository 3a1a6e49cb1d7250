// Storyboard: one row per scene (heading, summary, location, characters) with its shot cards in order.
import { useMemo } from 'react';
import type { Shot } from '../../contract';
import { plural } from '../../lib/format';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities, useNameIndex } from '../use-project-data';
import { StaleBadge } from '../entities/stale-badge';
import { ShotCard } from './shot-card';

export function StoryboardPanel() {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const scenes = useMemo(() => [...entities.scenes].sort((a, b) => a.number - b.number), [entities.scenes]);
  const shotsByScene = useMemo(() => {
    const map = new Map<string, Shot[]>();
    for (const shot of entities.shots) map.set(shot.sceneId, [...(map.get(shot.sceneId) ?? []), shot]);
    for (const list of map.values()) list.sort((a, b) => a.number - b.number);
    return map;
  }, [entities.shots]);

  return (
    <section aria-label="Storyboard" className="panel storyboard-panel">
      <h2 className="panel-title">
        Storyboard <span className="muted">{plural(scenes.length, 'scene')} · {plural(entities.shots.length, 'shot')}</span>
      </h2>
      {scenes.length === 0 ? (
        <p className="empty">No scenes yet. The scene breakdown fills this board; shots appear under each scene.</p>
      ) : (
        <ol className="scene-rows" aria-label="Scenes">
          {scenes.map((scene) => {
            const shots = shotsByScene.get(scene.id) ?? [];
            const location = scene.locationId ? index.location.get(scene.locationId) : undefined;
            const cast = scene.characterIds.map((id) => index.character.get(id)).filter(Boolean);
            return (
              <li key={scene.id} className="scene-row">
                <div className="scene-info">
                  <h3>
                    <button type="button" className="link" onClick={() => selectEntity({ type: 'scene', id: scene.id })}>
                      {scene.number}. {scene.heading}
                    </button>
                    {scene.stale && <StaleBadge />}
                  </h3>
                  {scene.summary && <p className="scene-summary">{scene.summary}</p>}
                  <p className="muted">
                    {location ?? 'No location'}
                    {cast.length > 0 ? ` · ${cast.join(', ')}` : ''}
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
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
