// Storyboard reorder steps: drag targets and Alt+Arrow moves of a shot.
import { describe, expect, it } from 'vitest';
import { moveTo, shotMove } from '../../../../src-renderer/src/lib/board-order';

describe('moveTo', () => {
  it('puts the item at the target index, either way, clamped to the list', () => {
    expect(moveTo(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b'], 'x', 1)).toEqual(['a', 'x', 'b']);
  });
});

describe('shotMove', () => {
  const board = [
    { sceneId: 's1', shotIds: ['a', 'b'] },
    { sceneId: 's2', shotIds: ['c'] },
  ];
  it('swaps with a neighbour on Left/Right and stops at the edges', () => {
    expect(shotMove(board, 'b', 'ArrowLeft')).toEqual({ sceneId: 's1', shotIds: ['b', 'a'] });
    expect(shotMove(board, 'a', 'ArrowRight')).toEqual({ sceneId: 's1', shotIds: ['b', 'a'] });
    expect(shotMove(board, 'a', 'ArrowLeft')).toBeNull();
    expect(shotMove(board, 'b', 'ArrowRight')).toBeNull();
  });
  it('moves to the end of the next or previous scene on Down/Up', () => {
    expect(shotMove(board, 'a', 'ArrowDown')).toEqual({ sceneId: 's2', shotIds: ['c', 'a'] });
    expect(shotMove(board, 'c', 'ArrowUp')).toEqual({ sceneId: 's1', shotIds: ['a', 'b', 'c'] });
    expect(shotMove(board, 'c', 'ArrowDown')).toBeNull();
  });
});
