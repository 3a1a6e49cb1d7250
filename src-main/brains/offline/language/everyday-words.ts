// Everyday English words that are not first names: a capitalised one opening a sentence is a word, not a name.
import everyday from '../../../../resources/engine/language/everyday-words.json';

/** The table: 40,000 sorted words, one space between each. */
const WORDS: string = everyday.words;

/** The word that spans offset `at` of the table, with where it starts. */
function wordAt(at: number): { word: string; start: number } {
  const start = WORDS.lastIndexOf(' ', at - 1) + 1;
  const end = WORDS.indexOf(' ', at);
  return { word: WORDS.slice(start, end < 0 ? WORDS.length : end), start };
}

/**
 * Whether the lower-case word is a common English word that no first-name list holds ("naturally", "correction").
 * A binary search over the sorted text itself: a cold command pays neither for splitting nor for a set of 40,000.
 */
export function isEverydayWord(lower: string): boolean {
  let lo = 0;
  let hi = WORDS.length;
  while (lo < hi) {
    const { word, start } = wordAt(Math.floor((lo + hi) / 2));
    if (word === lower) return true;
    if (word < lower) lo = start + word.length + 1;
    else hi = start;
  }
  return false;
}
