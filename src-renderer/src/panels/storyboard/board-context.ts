// The storyboard's reorder verbs, handed to rows and cards through a context that never changes identity.
import { createContext, useContext } from 'react';
import type { MoveKey } from '../../lib/board-order';

/** What rows and cards may ask of the board; stable, so memoised rows do not re-render when it is read. */
export interface BoardActions {
  /** Alt+Arrow on a focused card. */
  moveShotByKey(shotId: string, key: MoveKey): void;
  /** A dropped shot: into `sceneId` at `index` (the end when undefined). */
  dropShot(shotId: string, sceneId: string, index?: number): void;
  /** Alt+ArrowUp/Down on a scene heading. */
  moveSceneByKey(sceneId: string, key: MoveKey): void;
  /** A dropped scene: to the place of `targetSceneId`. */
  dropScene(sceneId: string, targetSceneId: string): void;
  /** Whether the project can be edited (read-only projects show no handles). */
  writable(): boolean;
}

/** Drag payload types: a shot id or a scene id. */
export const SHOT_DRAG = 'application/x-storyloom-shot';
export const SCENE_DRAG = 'application/x-storyloom-scene';

export const BoardContext = createContext<BoardActions | null>(null);

export function useBoard(): BoardActions {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard outside the storyboard');
  return board;
}

/** Puts focus back on a card or heading after a move re-rendered it (next frame, when it is in the DOM again). */
export function refocus(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
