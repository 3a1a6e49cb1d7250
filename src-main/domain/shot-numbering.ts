// Renumbering shots (and scenes) after an add, delete or reorder: numbers follow the order, numbers the user gave stay.

/** What renumbering reads of a shot. */
export interface NumberedItem {
  id: string;
  number: number;
  /** The user typed this number: it stays, and the others flow around it. */
  numberLocked?: boolean;
}

/**
 * New numbers for shots in their intended order: unlocked shots get 1, 2, 3… skipping every number a locked
 * shot holds, and never going below a locked number that came before (so the list stays ascending where the
 * user's numbers allow). Returns id → number for every shot whose number changes.
 */
export function renumberInOrder(ordered: readonly NumberedItem[]): Map<string, number> {
  const taken = new Set(ordered.filter((s) => s.numberLocked).map((s) => s.number));
  const changes = new Map<string, number>();
  let next = 1;
  for (const shot of ordered) {
    if (shot.numberLocked) {
      next = Math.max(next, shot.number + 1);
      continue;
    }
    while (taken.has(next)) next += 1;
    if (shot.number !== next) changes.set(shot.id, next);
    taken.add(next);
    next += 1;
  }
  return changes;
}

/** The number a new shot appended to a scene gets: one past the highest number in use. */
export function nextShotNumber(shots: readonly Pick<NumberedItem, 'number'>[]): number {
  return shots.reduce((max, s) => Math.max(max, s.number), 0) + 1;
}
