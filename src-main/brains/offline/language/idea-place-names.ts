// How a place's name is read in an idea: the word that opens it in any language, the kind of place after it, its number.
import { COMPASS, CONNECTORS, type NameMention } from './name-mentions';
import type { Token } from './tokenize';
import {
  FOREIGN_ARTICLES,
  NAMED_PLACE_NOUNS,
  PLACE_LABELS,
  PLACE_NOUN_SET,
  PLACE_NOUNS,
  PLACE_OPENERS,
  VEHICLE_NOUNS,
} from './brief-words';
import { escapeRegex } from '../understand/text-utils';
import { PLACE_HEADS, VESSEL_NOUNS, isDemonym, nameTag } from './word-tables';
import { readsAsPersonAfter } from './everyday-words';
import { DETERMINERS, isKnownPersonNoun } from './idea-person-phrases';

/** A lower-case place noun right after the name ("Cornish coast", "Portland night market"). */
export function placeCompound(tokens: readonly Token[], last: number): string | undefined {
  const next = tokens.slice(last, last + 3).map((t) => (t.word && t.text === t.lower ? t.lower : '\u0000'));
  for (const noun of PLACE_NOUNS) {
    const parts = noun.split(' ');
    if (parts.every((p, i) => next[i] === p)) return noun;
  }
  return undefined;
}

/**
 * "calle de la Luna", "rue des Tanneurs", "RMS Tavistock": the index of a place's opening word before a name, typed in
 * lower case before a connector, or in capitals right before it.
 */
export function openerBefore(tokens: readonly Token[], first: number): number | undefined {
  const t = tokens[first - 1];
  if (t && t.text.length > 1 && t.text === t.text.toUpperCase() && PLACE_OPENERS.has(t.lower))
    return first - 1;
  let k = first - 1;
  // "a hospital of Tromsø" is a hospital in a town, not its name.
  while (k >= first - 2 && tokens[k]?.text !== 'of' && CONNECTORS.has(tokens[k]?.text ?? '')) k--;
  const w = tokens[k];
  return k < first - 1 && w && !w.cap && PLACE_OPENERS.has(w.lower) ? k : undefined;
}

/** "at St. Vincent's": a place named for a saint keeps its possessive, which is part of its name. */
export function saintsPossessive(idea: string, m: NameMention): string {
  return /^(?:St\.?|Saint)$/.test(m.words[0] ?? '') ? (/^['’]s\b/.exec(idea.slice(m.end))?.[0] ?? '') : '';
}

/** "Pier 9", "Hangar 18": a kind of place keeps the number that names it. */
export function numberAfter(idea: string, m: NameMention): string {
  const last = m.words[m.words.length - 1]!.toLowerCase();
  if (!PLACE_HEADS.has(last) && !PLACE_NOUN_SET.has(last)) return '';
  return (
    /^\s\d{1,4}[A-Z]?\b(?![.,]\d|\s*(?:am|pm|[ap]\.m\.|years?|days?|miles?|km|%)\b)/.exec(
      idea.slice(m.end),
    )?.[0] ?? ''
  );
}

/**
 * "Piazza delle Rane", "Schloss Eckhorn", "RMS Tavistock": a word that opens a place's name, in any language. One
 * that is a first name too ("Isla", "Rio") opens a place only before a word that is no name ("Isla Verdosa").
 */
export function opensPlaceName(m: NameMention): boolean {
  const [first, second] = m.words.map((w) => w.toLowerCase());
  if (!first || !second || m.honorific) return false;
  // "La Terraza del Sol": an article, a word that is no name and a connector open a venue's name.
  const venue =
    FOREIGN_ARTICLES.has(first) && !nameTag(second) && m.words.slice(2).some((w) => CONNECTORS.has(w));
  if (venue) return true;
  // "a Puerto Rican cook" is where someone is from.
  if (!PLACE_OPENERS.has(first) || isDemonym(second)) return false;
  return !nameTag(first) || !nameTag(second);
}

const PLACE_LIST = new RegExp(
  String.raw`(?:^|\n|[.;]\s)\s*(?:[-•*]\s*)?(?:${PLACE_LABELS.map(escapeRegex).join('|')})\s*:\s*([^\n]+)`,
  'giu',
);

/**
 * "locations: fort bragg, the san juan river, santa fe (new mexico, not texas)": the places a labelled line lists,
 * as written, each without its article; what the line rules out ("not nevada") is not one.
 */
export function labelledPlaces(idea: string): string[] {
  const out: string[] = [];
  for (const m of idea.matchAll(PLACE_LIST))
    for (const item of m[1]!.split(/[,;()/]|\s+(?:and|&|then)\s+|\s*(?:→|->)\s*/u)) {
      const place = item
        .trim()
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/[.!?:]+$/, '');
      const words = place.split(/\s+/);
      // "a late tram through Bremen" describes a setting; the list's own items are bare names.
      const described = /\s(?:through|in|on|at|near|by|with|of|from|to)\s/i.test(` ${place} `);
      if (
        !place ||
        words.length > 4 ||
        described ||
        /^(?:not|no|maybe|tbd|etc)\b/i.test(place) ||
        /\d/.test(place)
      )
        continue;
      out.push(place);
    }
  return out;
}

/**
 * "a gas platform off Dundee, the Kestrel Alpha,": the kind of place a phrase before a comma names, which the
 * name after the comma and "the" (at `the`) is the name of.
 */
export function namesPlaceBefore(tokens: readonly Token[], the: number): boolean {
  if (tokens[the - 1]?.text !== ',') return false;
  let k = the - 2;
  while (k >= 0 && k > the - 10 && tokens[k]!.word && !/^(?:a|an)$/.test(tokens[k]!.lower)) k--;
  if (k < 0 || !/^(?:a|an)$/.test(tokens[k]?.lower ?? '')) return false;
  // The phrase's own head: the words after "a"/"an" up to a preposition ("a gas platform off Dundee").
  const head: string[] = [];
  for (const t of tokens.slice(k + 1, the - 1)) {
    if (!t.word || t.cap || /^(?:in|on|at|off|near|by|of|from|outside)$/.test(t.lower)) break;
    head.push(t.lower);
  }
  const noun = head[head.length - 1] ?? '';
  return PLACE_NOUN_SET.has(noun) || VEHICLE_NOUNS.has(noun) || NAMED_PLACE_NOUNS.has(noun);
}

/** "East Berlin", "Western Cape": a capitalised side of the compass right before a place is part of its name. */
export function compassBefore(tokens: readonly Token[], m: NameMention): string {
  const t = tokens[m.first - 1];
  const side = t && (COMPASS.has(t.lower) || COMPASS.has(t.lower.replace(/ern$/, '')));
  return t?.cap && side && t.end === tokens[m.first]!.start - 1 ? `${t.text} ` : '';
}

/** Words that make the word after them a verb: "agrees to train Kit", "will ship Ana". */
const VERB_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'might', 'may']);

/** Vehicles that carry no name of their own ("The bus Maria drives …" names her). */
const LAND_VEHICLE = /^(?:train|bus|car|taxi|cab|tram|van|truck|lorry|coach|subway|metro)$/;

/**
 * "the cargo ship Halcyon, engineer …", "the trawler Dorothea out of Hull": a name right after a kind of vessel is
 * the vessel's, unless a verb follows it ("on the train Maria meets Tom"); opening the sentence, the vessel is the
 * verb's subject ("The ship Orla sinks …"). "agrees to train Kit" is the verb: a vessel noun after "to" or a modal
 * is not the vessel.
 */
export function namesVessel(
  idea: string,
  m: NameMention,
  prev: Token | undefined,
  prev2: Token | undefined,
): boolean {
  const vessel =
    prev !== undefined &&
    !prev.cap &&
    (VEHICLE_NOUNS.has(prev.lower) || VESSEL_NOUNS.has(prev.lower) || NAMED_PLACE_NOUNS.has(prev.lower)) &&
    !isKnownPersonNoun(prev.lower) &&
    !VERB_MARKERS.has(prev2?.lower ?? '');
  if (!vessel) return false;
  const subject = prev2?.sentStart === true && DETERMINERS.has(prev2.lower) && !LAND_VEHICLE.test(prev.lower);
  return subject || !readsAsPersonAfter(idea.slice(m.end));
}
