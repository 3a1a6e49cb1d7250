// Pure reorder steps of the storyboard: where a dragged or keyboard-moved shot or scene ends up.

/** `ids` with `id` moved to `index` (clamped); the same array when nothing moves. */
export function moveTo(ids: readonly string[], id: string, index: number): string[] {
  const from = ids.indexOf(id);
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, index));
  if (from === at && from >= 0) return [...ids];
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The directions a focused card moves with Alt+Arrow: along its strip, or into the scene above or below. */
export type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export const isMoveKey = (key: string): key is MoveKey =>
  key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';

/** A scene and its shot ids in order, as the board shows them. */
export interface BoardScene {
  sceneId: string;
  shotIds: readonly string[];
}

/**
 * Where Alt+Arrow puts a shot: Left/Right swap it with its neighbour, Up/Down move it to the end of the previous
 * or next scene. Null at an edge (nothing to do).
 */
export function shotMove(
  board: readonly BoardScene[],
  shotId: string,
  key: MoveKey,
): { sceneId: string; shotIds: string[] } | null {
  const at = board.findIndex((s) => s.shotIds.includes(shotId));
  if (at < 0) return null;
  const scene = board[at]!;
  const index = scene.shotIds.indexOf(shotId);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const to = index + (key === 'ArrowLeft' ? -1 : 1);
    if (to < 0 || to >= scene.shotIds.length) return null;
    return { sceneId: scene.sceneId, shotIds: moveTo(scene.shotIds, shotId, to) };
  }
  const target = board[at + (key === 'ArrowUp' ? -1 : 1)];
  if (!target) return null;
  return { sceneId: target.sceneId, shotIds: [...target.shotIds, shotId] };
}
