// Multi-word place names in requests ("New Orleans", "Saint-Malo Old Town", "Central Park"): which words build them.
import placeCues from '../../../../resources/engine/analyze/place-cues.json';

const PREFIXES: ReadonlySet<string> = new Set(placeCues.placePrefixes);
const HEADS: ReadonlySet<string> = new Set(placeCues.headWords);
const PLACE_PREPOSITIONS =
  /\b(?:in|at|on|inside|outside|near|by|from|to|into|aboard|around|across|through)\s+(?:the\s+)?$/i;

/** A word that may open a place name although it is an ordinary word ("New", "Old", "Saint", "Port"). */
export function isPlacePrefix(word: string): boolean {
  return PREFIXES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A word that ends a place name ("Park", "Station", "Harbour", "Town"). */
export function isPlaceHead(word: string): boolean {
  return HEADS.has(word.toLowerCase());
}

/**
 * True when a capitalised mention is a place rather than a person: it ends in a place word ("Central Park"),
 * or a preposition of place comes right before it and it has more than one word ("in New Orleans").
 */
export function isPlaceMention(text: string, mention: { name: string; start: number }): boolean {
  const words = mention.name.split(/[\s-]+/);
  if (words.length > 1 && isPlaceHead(words.at(-1) ?? '')) return true;
  return (
    words.length > 1 && isPlacePrefix(words[0] ?? '') && PLACE_PREPOSITIONS.test(text.slice(0, mention.start))
  );
}
