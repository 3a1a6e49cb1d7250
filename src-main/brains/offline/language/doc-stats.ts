// Per-document word statistics used to tell names from ordinary words that happen to be capitalised.
import type { Token } from './tokenize';

/** How often each lower-cased word appears in lower case, and capitalised away from sentence starts. */
export interface DocStats {
  lowerCount: Map<string, number>;
  capMidCount: Map<string, number>;
}

/** One linear pass over the tokens. */
export function docStats(tokens: readonly Token[]): DocStats {
  const lowerCount = new Map<string, number>();
  const capMidCount = new Map<string, number>();
  for (const t of tokens) {
    if (!t.word) continue;
    if (t.text === t.lower) lowerCount.set(t.lower, (lowerCount.get(t.lower) ?? 0) + 1);
    else if (t.cap && !t.sentStart) capMidCount.set(t.lower, (capMidCount.get(t.lower) ?? 0) + 1);
  }
  return { lowerCount, capMidCount };
}

/** True when the word is mostly written in lower case in this document (so it is not a name). */
export function mostlyLower(stats: DocStats, lower: string): boolean {
  const low = stats.lowerCount.get(lower) ?? 0;
  const cap = stats.capMidCount.get(lower) ?? 0;
  return low > 0 && low >= cap;
}
