// Look-ups in a sorted, space-separated word list kept as one string (the language tables' format).

/** The entry that spans offset `at` of the list, with where it starts. */
function entryAt(all: string, at: number): { entry: string; start: number } {
  const start = all.lastIndexOf(' ', at - 1) + 1;
  const end = all.indexOf(' ', at);
  return { entry: all.slice(start, end < 0 ? all.length : end), start };
}

/**
 * The entry of a sorted list whose key is the word: a binary search over the text itself, so a cold command pays
 * neither for splitting nor for a set of 40,000. An entry is its key, or its key, `separator` and a value.
 */
export function findSorted(all: string, lower: string, separator?: string): string | undefined {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const { entry, start } = entryAt(all, Math.floor((lo + hi) / 2));
    const cut = separator ? entry.indexOf(separator) : -1;
    const key = cut < 0 ? entry : entry.slice(0, cut);
    if (key === lower) return entry;
    if (key < lower) lo = start + entry.length + 1;
    else hi = start;
  }
  return undefined;
}

/** Whether a sorted, space-separated list holds the word. */
export const inSorted = (all: string, lower: string): boolean => findSorted(all, lower) !== undefined;
