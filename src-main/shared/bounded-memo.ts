// A memo of a pure function of a string key, emptied when it grows past a bound (a project's names, not all time's).

/**
 * `compute`, remembered per key. Once `limit` keys are held the memo starts again empty: simpler than an LRU,
 * and the keys it is for (a project's names, a workflow's guards) fit many times over, so it rarely restarts.
 */
export function boundedMemo<K extends string, V>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
