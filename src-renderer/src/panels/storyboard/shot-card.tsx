// A shot card: the frame (sketch or image), number and camera badges, description; drag or Alt+Arrow to move, edit.
import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Shot } from '../../contract';
import { isMoveKey } from '../../lib/board-order';
import { useAppStore } from '../../stores/use-app-store';
import { selectIsSelected, selectSelectEntity } from '../../stores/ui-selectors';
import { StaleBadge } from '../entities/stale-badge';
import { SHOT_DRAG, useBoard } from './board-context';
import { FrameSketch } from './frame-sketch';
import { ShotEditor } from './shot-editor';

interface ShotCardProps {
  shot: Shot;
  sceneNumber: number;
  sceneId: string;
  /** The card's place in its strip (a shot dropped on this card takes it). */
  index: number;
}

/** Memoised: a change elsewhere in the project keeps this shot's object, so its sketch is not redrawn. */
export const ShotCard = memo(function ShotCard({ shot, sceneNumber, sceneId, index }: ShotCardProps) {
  const selectEntity = useAppStore(selectSelectEntity);
  const selected = useAppStore(selectIsSelected(shot.id));
  const board = useBoard();
  const [editing, setEditing] = useState(false);
  const [over, setOver] = useState(false);
  const name = `${sceneNumber}.${shot.number}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || !isMoveKey(e.key) || !board.writable()) return;
    e.preventDefault();
    board.moveShotByKey(shot.id, e.key);
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(SHOT_DRAG)) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    setOver(false);
    const dragged = e.dataTransfer.getData(SHOT_DRAG);
    if (!dragged) return;
    e.preventDefault();
    e.stopPropagation();
    if (dragged !== shot.id) board.dropShot(dragged, sceneId, index);
  };

  return (
    <li
      className={`shot-card ${selected ? 'selected' : ''} ${over ? 'drop-target' : ''}`}
      data-shot-id={shot.id}
      draggable={board.writable() && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData(SHOT_DRAG, shot.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        className="shot-open"
        onClick={() => selectEntity({ type: 'shot', id: shot.id })}
        onKeyDown={onKeyDown}
        aria-label={`Shot ${name}`}
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
      >
        <FrameSketch shot={shot} />
      </button>
      <div className="shot-meta">
        <strong>{name}</strong>
        <span className="badge">{shot.size}</span>
        <span className="badge">{shot.angle}</span>
        <span className="badge">{shot.movement}</span>
        {shot.lensMm && <span className="badge subtle">{shot.lensMm}mm</span>}
        {shot.durationSec !== undefined && <span className="badge subtle">{shot.durationSec}s</span>}
        {shot.stale && <StaleBadge />}
        {board.writable() && (
          <button
            type="button"
            className="shot-edit link"
            aria-expanded={editing}
            aria-label={`Edit shot ${name}`}
            onClick={() => setEditing((v) => !v)}
          >
            Edit
          </button>
        )}
      </div>
      {shot.description && <p className="shot-desc">{shot.description}</p>}
      {editing && <ShotEditor shot={shot} name={name} onClose={() => setEditing(false)} />}
    </li>
  );
});
