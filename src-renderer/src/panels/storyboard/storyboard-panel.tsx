// Storyboard: the board (scene rows of shot cards), the shot list table and the animatic, as three views of one panel.
import { useMemo } from 'react';
import { plural } from '../../lib/format';
import { useAppStore } from '../../stores/use-app-store';
import type { BoardView as View } from '../../stores/storyboard-slice';
import { useEntities } from '../use-project-data';
import { AnimaticView } from './animatic-view';
import { BoardView } from './board-view';
import { FrameSketchDefs } from './frame-sketch';
import { ShotListView } from './shot-list-view';
import { selectBoardView, selectSetBoardView } from '../../stores/storyboard-selectors';

const VIEWS: { view: View; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'list', label: 'Shot list' },
  { view: 'animatic', label: 'Animatic' },
];

function ViewTabs() {
  const current = useAppStore(selectBoardView);
  const setView = useAppStore(selectSetBoardView);
  return (
    <div role="tablist" aria-label="Storyboard views" className="board-tabs">
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          role="tab"
          aria-selected={current === view}
          className={current === view ? 'active' : ''}
          onClick={() => setView(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

export function StoryboardPanel() {
  const entities = useEntities();
  const view = useAppStore(selectBoardView);
  const scenes = useMemo(() => [...entities.scenes].sort((a, b) => a.number - b.number), [entities.scenes]);

  return (
    <section aria-label="Storyboard" className="panel storyboard-panel">
      <FrameSketchDefs />
      <div className="board-title">
        <h2 className="panel-title">
          Storyboard{' '}
          <span className="muted">
            {plural(scenes.length, 'scene')} · {plural(entities.shots.length, 'shot')}
          </span>
        </h2>
        <ViewTabs />
      </div>
      {scenes.length === 0 ? (
        <p className="empty">
          No scenes yet. The scene breakdown fills this board; shots appear under each scene.
        </p>
      ) : view === 'board' ? (
        <BoardView scenes={scenes} />
      ) : view === 'list' ? (
        <ShotListView />
      ) : (
        <AnimaticView scenes={scenes} />
      )}
    </section>
  );
}
