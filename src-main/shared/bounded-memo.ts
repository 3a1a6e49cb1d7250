// A memo of a pure function of a string, emptied when it grows past a bound (names of a project, not of all time).

/**
 * `compute`, remembered per key. Once `limit` keys are held the memo starts again empty: simpler than an LRU,
 * and a project's names (the keys it is for) fit many times over, so a long session only rebuilds it rarely.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
