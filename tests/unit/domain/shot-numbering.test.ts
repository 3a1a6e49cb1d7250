// Renumbering follows the order and keeps the numbers a user gave by hand.
import { describe, expect, it } from 'vitest';
import { nextShotNumber, renumberInOrder, type NumberedItem } from '../../../src-main/domain/shot-numbering';

/** Applies the changes and returns the numbers in order. */
function numbersAfter(items: NumberedItem[]): number[] {
  const changes = renumberInOrder(items);
  return items.map((s) => changes.get(s.id) ?? s.number);
}

describe('renumberInOrder', () => {
  it('numbers 1, 2, 3… in the given order and reports only the shots whose number changes', () => {
    const items = [
      { id: 'c', number: 3 },
      { id: 'a', number: 1 },
      { id: 'b', number: 2 },
    ];
    const changes = renumberInOrder(items);
    expect([...changes.entries()]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect(renumberInOrder([{ id: 'x', number: 1 }]).size).toBe(0);
  });

  it('keeps a user-given number and flows the others around it', () => {
    expect(
      numbersAfter([
        { id: 'a', number: 1 },
        { id: 'b', number: 10, numberLocked: true },
        { id: 'c', number: 2 },
        { id: 'd', number: 3 },
      ]),
    ).toEqual([1, 10, 11, 12]);
    // A locked number further on is never handed to another shot.
    expect(
      numbersAfter([
        { id: 'a', number: 5 },
        { id: 'b', number: 6 },
        { id: 'c', number: 2, numberLocked: true },
      ]),
    ).toEqual([1, 3, 2]);
  });

  it('closes the gaps a delete leaves', () => {
    expect(
      numbersAfter([
        { id: 'a', number: 1 },
        { id: 'c', number: 3 },
        { id: 'd', number: 7 },
      ]),
    ).toEqual([1, 2, 3]);
  });
});

describe('nextShotNumber', () => {
  it('is one past the highest number, 1 for an empty scene', () => {
    expect(nextShotNumber([])).toBe(1);
    expect(nextShotNumber([{ number: 4 }, { number: 2 }])).toBe(5);
  });
});
