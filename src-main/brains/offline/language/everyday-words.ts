// Everyday English words that are not first names: a capitalised one opening a sentence is a word, not a name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../../shared/resources';

/** Where the table lives under resources/: read on first use, not bundled, so no command pays for it at start. */
export const EVERYDAY_WORDS_PATH = join('engine', 'language', 'everyday-words.json');

let table: string | undefined;

/** The table: 40,000 sorted words, one space between each. */
function words(): string {
  table ??= (JSON.parse(readFileSync(join(resourcesDir(), EVERYDAY_WORDS_PATH), 'utf8')) as { words: string })
    .words;
  return table;
}

/** The word that spans offset `at` of the table, with where it starts. */
function wordAt(all: string, at: number): { word: string; start: number } {
  const start = all.lastIndexOf(' ', at - 1) + 1;
  const end = all.indexOf(' ', at);
  return { word: all.slice(start, end < 0 ? all.length : end), start };
}

/**
 * Whether the lower-case word is a common English word that no first-name list holds ("naturally", "correction").
 * A binary search over the sorted text itself: a cold command pays neither for splitting nor for a set of 40,000.
 */
export function isEverydayWord(lower: string): boolean {
  const all = words();
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const { word, start } = wordAt(all, Math.floor((lo + hi) / 2));
    if (word === lower) return true;
    if (word < lower) lo = start + word.length + 1;
    else hi = start;
  }
  return false;
}
