// The world gazetteer: towns of 15,000 people or more and countries (GeoNames), read on first use.
import { join } from 'node:path';
import { readResourceJson } from '../../../shared/resources';
import { isGazetteerPlace } from './word-tables';

/** Built by scripts/build-world-places.mjs; not bundled, so only commands that look a place up pay for it. */
const WORLD_PLACES_PATH = join('engine', 'language', 'world-places.json');

let places: Set<string> | undefined;

/**
 * Whether the lower-case name (a leading "the" aside) is a town or a country of the world gazetteer ("tver",
 * "le havre"). Names that are also English words or first names are not in it ("reading", "sydney").
 */
export function isWorldPlace(lower: string): boolean {
  places ??= new Set(readResourceJson<{ names: string }>(WORLD_PLACES_PATH).names.split('|'));
  return places.has(lower.replace(/^the /, ''));
}

/** A place the small gazetteer knows, or else a town or country of the world table (read only when needed). */
export function isKnownPlace(lower: string): boolean {
  return isGazetteerPlace(lower) || isWorldPlace(lower);
}
