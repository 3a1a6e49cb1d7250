// Name cultures that fit a place: invented names in a Lisbon story lean Portuguese, in Osaka Japanese.
import placeCultures from '../../../../resources/engine/generate/place-cultures.json';
import type { Weights } from './tables';

const BY_PLACE = new Map<string, string>(
  Object.entries(placeCultures as Record<string, string[]>).flatMap(([culture, places]) =>
    places.map((p): [string, string] => [p, culture]),
  ),
);

/** Culture weights for a named place (mostly its own culture, a little anglo), or undefined when unknown. */
export function cultureFor(place: string | undefined): Weights | undefined {
  if (!place) return undefined;
  const key = place.toLowerCase().normalize('NFC');
  const culture =
    BY_PLACE.get(key) ?? [...BY_PLACE.entries()].find(([p]) => key.includes(p) || p.includes(key))?.[1];
  if (!culture) return undefined;
  return culture === 'anglo' ? { anglo: 1 } : { [culture]: 6, anglo: 1 };
}
