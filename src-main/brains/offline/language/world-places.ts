// The world gazetteer: towns of 15,000 people or more and countries (GeoNames), read on first use.
import { join } from 'node:path';
import { readResourceJson } from '../../../shared/resources';
import { isGazetteerPlace } from './word-tables';

/** Built by scripts/build-world-places.mjs; not bundled, so only commands that look a place up pay for it. */
const WORLD_PLACES_PATH = join('engine', 'language', 'world-places.json');

/** Built by scripts/build-world-regions.mjs: states, provinces and prefectures ("hokkaido", "finnmark"). */
const WORLD_REGIONS_PATH = join('engine', 'language', 'world-regions.json');
let places: Set<string> | undefined;

/**
 * Whether the lower-case name (a leading "the" aside) is a town or a country of the world gazetteer ("tver",
 * "le havre"). Names that are also English words or first names are not in it ("reading", "sydney").
 */
export function isWorldPlace(lower: string): boolean {
  places ??= new Set(
    [WORLD_PLACES_PATH, WORLD_REGIONS_PATH].flatMap((path) =>
      readResourceJson<{ names: string }>(path).names.split('|'),
    ),
  );
  return places.has(asciiName(lower.replace(/^the /, '')));
}

/** Letters no accent stripping reaches, spelled as GeoNames' ASCII names spell them ("Tromsø" → "tromso"). */
const ASCII_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/** The table's spelling of a name: accents dropped ("kraków" → "krakow"), the few single letters spelled out. */
function asciiName(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđıþ]/g, (c) => ASCII_LETTERS[c]!);
}

/** A place the small gazetteer knows, or else a town or country of the world table (read only when needed). */
export function isKnownPlace(lower: string): boolean {
  return isGazetteerPlace(lower) || isWorldPlace(lower);
}
