// A shot card: number, size/angle/movement badges, the frame sketch and the description; opens the shot's card.
import { memo } from 'react';
import type { Shot } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectIsSelected, selectSelectEntity } from '../../stores/ui-selectors';
import { StaleBadge } from '../entities/stale-badge';
import { FrameSketch } from './frame-sketch';

/** Memoised: a change elsewhere in the project keeps this shot's object, so its sketch is not redrawn. */
export const ShotCard = memo(function ShotCard({ shot, sceneNumber }: { shot: Shot; sceneNumber: number }) {
  const selectEntity = useAppStore(selectSelectEntity);
  const selected = useAppStore(selectIsSelected(shot.id));
  return (
    <li className={`shot-card ${selected ? 'selected' : ''}`}>
      <button
        type="button"
        className="shot-open"
        onClick={() => selectEntity({ type: 'shot', id: shot.id })}
        aria-label={`Shot ${sceneNumber}.${shot.number}`}
      >
        <FrameSketch shot={shot} />
      </button>
      <div className="shot-meta">
        <strong>
          {sceneNumber}.{shot.number}
        </strong>
        <span className="badge">{shot.size}</span>
        <span className="badge">{shot.angle}</span>
        <span className="badge">{shot.movement}</span>
        {shot.lensMm && <span className="badge subtle">{shot.lensMm}mm</span>}
        {shot.stale && <StaleBadge />}
      </div>
      {shot.description && <p className="shot-desc">{shot.description}</p>}
    </li>
  );
});
