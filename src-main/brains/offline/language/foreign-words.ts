// Function words of the languages users mix into English requests ("Alors", "Wie", "Allora"), read on first use.
import { join } from 'node:path';
import { readResourceJson } from '../../../shared/resources';

/** Built by scripts/build-foreign-words.mjs from stopwords-iso; English words and first names are left out. */
const FOREIGN_WORDS_PATH = join('engine', 'language', 'foreign-words.json');

let words: Set<string> | undefined;

/** Whether the lower-case word is a function word of another language and no English word or first name. */
export function isForeignFunctionWord(lower: string): boolean {
  words ??= new Set(readResourceJson<{ words: string }>(FOREIGN_WORDS_PATH).words.split('|'));
  return words.has(lower.replace(/’/g, "'"));
}
