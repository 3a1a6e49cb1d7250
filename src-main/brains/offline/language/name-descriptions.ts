// Person, place or vessel cues from what the text says a name is: "Lockwood was a pale man", "Hebden , a mill town".
import type { Token } from './tokenize';
import type { NameMention } from './name-mentions';
import { FEMALE_NOUNS, MALE_NOUNS, PLACE_NOUN_SET, VEHICLE_NOUNS } from './brief-words';
import { DESCRIBING_DETERMINERS, DESCRIBING_VERBS, ROLE_NOUNS, VESSEL_NOUNS } from './word-tables';

export type Description = 'person' | 'place' | 'vessel';

/** Words between the determiner and the head noun: "a tall , thin , pale man" has four. */
const MAX_MODIFIERS = 5;
/** Words that end the noun phrase before its head could be read: "the son of …", "a man who …" stay fine. */
const PHRASE_ENDS = new Set([
  'of',
  'who',
  'whom',
  'which',
  'that',
  'with',
  'in',
  'at',
  'to',
  'from',
  'for',
  'by',
]);
const POSSESSIVE = /^['’]s$/;

/** What the head noun of a described name says it is; a possessive noun ("the captain 's son") is not the head. */
function headKind(tokens: readonly Token[], k: number): Description | undefined {
  const w = tokens[k]!.lower;
  if (POSSESSIVE.test(tokens[k + 1]?.text ?? '')) return undefined;
  if (ROLE_NOUNS.has(w) || FEMALE_NOUNS.has(w) || MALE_NOUNS.has(w)) return 'person';
  if (VESSEL_NOUNS.has(w) || VEHICLE_NOUNS.has(w)) return 'vessel';
  if (PLACE_NOUN_SET.has(w)) return 'place';
  return undefined;
}

/**
 * The kind a description right after the mention gives it: an appositive ("Tom , a boy of fourteen") or a copula
 * ("Lockwood was a thin , pale man", "Hebden is a mill town"). Only the head noun of a short noun phrase counts,
 * so "Tom , the captain 's son" is a person and "Tom was the master of Hebden" says nothing.
 */
export function describedAs(tokens: readonly Token[], m: NameMention): Description | undefined {
  const link = tokens[m.last];
  if (!link || (link.text !== ',' && !DESCRIBING_VERBS.has(link.lower))) return undefined;
  if (!DESCRIBING_DETERMINERS.has(tokens[m.last + 1]?.lower ?? '')) return undefined;
  for (let k = m.last + 2, n = 0; k < tokens.length && n <= MAX_MODIFIERS; k++, n++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === ',' || POSSESSIVE.test(t.text)) continue;
      return undefined;
    }
    if (PHRASE_ENDS.has(t.lower) || t.cap) return undefined;
    const kind = headKind(tokens, k);
    if (kind) return kind;
  }
  return undefined;
}
