// Writes resources/engine/language/foreign-words.json: the function words of the languages users mix into English
// requests ("Alors", "Wie", "Allora"), without those that are also English words or first names. Run by hand
// (`node scripts/build-foreign-words.mjs`) when the source changes; a unit test keeps the file in step.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { englishWordsAndFirstNames, writeLanguageResource } from './build-everyday-words.mjs';

const require = createRequire(import.meta.url);
/** Languages written in Latin letters that bilingual users most often switch to inside an English message. */
export const LANGUAGES = [
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'tl',
  'sw',
  'id',
  'ms',
  'tr',
  'ro',
  'sv',
  'da',
  'no',
  'cs',
];
const ABOUT =
  'Function words of ' +
  LANGUAGES.join(', ') +
  ' from stopwords-iso (MIT), lower case, in Latin letters, two letters or more, leaving out English words and ' +
  'first names. Written by scripts/build-foreign-words.mjs; sorted, separated by "|".';

/** The sorted words: a word that is also English ("die", "also", "man") or a first name ("Ana") is left out. */
export function foreignWords() {
  const english = englishWordsAndFirstNames();
  const lists = require('stopwords-iso/stopwords-iso.json');
  const words = new Set();
  for (const language of LANGUAGES) {
    for (const raw of lists[language] ?? []) {
      const word = raw.toLowerCase().normalize('NFC');
      if (word.length >= 2 && /^[\p{Script=Latin}'’]+$/u.test(word) && !english.has(word)) words.add(word);
    }
  }
  return [...words].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = foreignWords();
  const table = { about: ABOUT, words: words.join('|') };
  console.log(
    `${words.length} foreign function words → ${writeLanguageResource('foreign-words.json', table)}`,
  );
}
