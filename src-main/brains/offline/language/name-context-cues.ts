// Person and place cues around one mention of a name in prose: honorifics, neighbouring words, prepositions.
import type { Token } from './tokenize';
import type { NameMention } from './name-mentions';
import type { Evidence } from './classify-names';
import { dialogueCue } from './dialogue-cues';
import { parseNumber } from './quantities';
import { agentVerb, inFirmName, placeBefore, vesselMention, wordAt } from './name-neighbours';
import { describedAs, namedAs, pairedWithPerson } from './name-descriptions';
import { COORDINATION_CUE } from './name-coordination';
import { isKnownPersonNoun } from './idea-person-phrases';
import {
  AGENT_PREPOSITIONS,
  APPOSITIVE_OPENERS,
  DEITIES,
  HONORIFICS,
  INSTITUTION_HEADS,
  LOC_PREPOSITIONS,
  MOTION_WORDS,
  PERSON_FOLLOWERS,
  PERSON_NOUNS,
  PERSON_PRECEDERS,
  PERSON_RELATIVES,
  PLACE_HEADS,
  PLACE_PREFIXES,
  POST_NOMINAL_HONORIFICS,
  STRONG_LOC_PREPOSITIONS,
  WEAK_LOC_PREPOSITIONS,
  isPastParticiple,
} from './word-tables';

const ARTICLES = new Set(['the', 'a', 'an']);
const DASHES = new Set(['--', '---', '—', '–']);
const WEAK_HONORIFICS = new Set(['old', 'young', 'little', 'poor', 'dear', 'cousin', 'friend']);
/** Prepositions of movement along or across a place: "towards the Barrow" is a river, "to the Deuce" need not be. */
const MOVEMENT_PREPOSITIONS = new Set([
  'towards',
  'toward',
  'across',
  'through',
  'beyond',
  'along',
  'near',
  'up',
  'down',
  'over',
  'past',
  'into',
]);
/** Prepositions that put a person somewhere: "a widow from X", "the doctor at X". */
const PLACE_OF_PERSON_PREPOSITIONS = new Set(['in', 'at', 'from', 'near']);
/** A kind of place capitalised alone names one place ("the Grange"), unless it names an institution ("the Church"). */
const namesOnePlace = (key: string): boolean => PLACE_HEADS.has(key) && !INSTITUTION_HEADS.has(key);
/** Prepositions of being at a place: "in the Park" names a park only when the word is a kind of place. */
const STAYING_PREPOSITIONS = new Set(['in', 'at', 'about']);
/** Context weight of a description naming what the name is ("Ashwood was a pale man", "Hebden , a mill town"). */
const DESCRIPTION_CUE = 1.5;
/** Context weight of a naming: "call me X", "he called himself X", "her name was X". */
const NAMING_CUE = 2;
/** Context weight of a kind of place the name is said to name: "the island of X". */
const PLACE_KIND_CUE = 2;
/** Context weight of "to"/"from" after a word of travel ("sailed from X"). */
const MOTION_CUE = 1;

/** Context weight against a person of an oath ("by George !") or a count ("two Hollanders"): more than a first name's. */
const NO_ONE_CUE = 2;

/** Adds the person and place cues around one mention of a name to its key's evidence. */
export function scoreContext(
  tokens: readonly Token[],
  inside: Uint8Array,
  m: NameMention,
  e: Evidence,
): void {
  titleCues(tokens, m, e);
  if (inFirmName(tokens, m)) e.firm++;
  e.personCtx += dialogueCue(tokens, m.first, m.last, inside);
  describingCues(tokens, m, e);
  if (pairedWithPerson(tokens, m)) e.personCtx += COORDINATION_CUE;
  const next = tokens[m.last];
  // "two Hollanders sat": a name counted in the plural names a kind of people, not someone.
  const count = parseNumber(tokens[m.first - 1]?.lower ?? '');
  if (count !== undefined && count > 1 && m.words.length === 1 && /(?:s|men)$/.test(m.key))
    e.personCtx -= NO_ONE_CUE;
  // "by George !": an oath names no one in the story (a god sworn by is still a being: "by Brahma !").
  if (tokens[m.first - 1]?.lower === 'by' && next?.text === '!' && !DEITIES.has(m.key))
    e.personCtx -= NO_ONE_CUE;
  const possessive = !!next && /^['’]s$/.test(next.text);
  if (next) nextWordCues(tokens, m, next, possessive, e);
  // In "to Klein 's hotel" the preposition governs "hotel", not the name.
  if (!possessive) previousWordCues(tokens, m, e);
}

/** Titles before the name ("Mrs.", "old") or after it ("Lurgan Sahib"), and place prefixes ("Mount"). */
function titleCues(tokens: readonly Token[], m: NameMention, e: Evidence): void {
  if (m.honorific) {
    const h = m.honorific.toLowerCase();
    if (!WEAK_HONORIFICS.has(h)) e.honorific = true;
    e.personLex = Math.max(e.personLex, WEAK_HONORIFICS.has(h) ? 1 : HONORIFICS.has(h) ? 3 : 0);
  }
  if (m.placePrefix) e.placeLex = Math.max(e.placeLex, 3);
  // "Lurgan Sahib", but not "the Mem Sahib", a title standing for a name.
  const titledAfter = POST_NOMINAL_HONORIFICS.has(tokens[m.last]?.lower ?? '');
  if (titledAfter && !ARTICLES.has(tokens[m.first - 1]?.lower ?? '')) {
    e.honorific = true;
    e.personLex = Math.max(e.personLex, 3);
  }
}

/** What the text says the name is: a description, a naming, a kind of place before it, a ship. */
function describingCues(tokens: readonly Token[], m: NameMention, e: Evidence): void {
  const described = describedAs(tokens, m);
  if (described === 'person') e.personCtx += DESCRIPTION_CUE;
  else if (described === 'place') e.placeCtx += DESCRIPTION_CUE;
  else if (described === 'vessel') {
    e.personCtx -= DESCRIPTION_CUE;
    e.vessel++;
  }
  const named = namedAs(tokens, m.first);
  if (named === 'person') e.personCtx += NAMING_CUE;
  else if (named === 'place') e.placeCtx += NAMING_CUE;
  else if (named === 'vessel') {
    e.personCtx -= NAMING_CUE;
    e.vessel++;
  }
  const place = placeBefore(tokens, m);
  if (place) e.placeCtx += place === 'kind' ? PLACE_KIND_CUE : MOTION_CUE;
  const ship = vesselMention(tokens, m);
  if (ship) e.vessel++;
  // "the Rachel 's deck": the possessive keeps the article from the cues below, so it is counted here.
  if (ship === 'part') e.withArticle++;
}

/** The words after the name: a speech or agent verb, an appositive or "who", a possessive. */
function nextWordCues(
  tokens: readonly Token[],
  m: NameMention,
  next: Token,
  possessive: boolean,
  e: Evidence,
): void {
  if (next.word && PERSON_FOLLOWERS.has(next.lower)) e.personCtx += 1;
  // A name followed by a past-tense verb is usually an agent: "Nannie received us".
  else if (next.word && next.text === next.lower && agentVerb(next.lower)) e.personCtx += 0.5;
  // "Munro , the commander": an appositive about a person. "Washington , who" / "Drizzle -- who":
  // "who" never refers to a place, so it outweighs a gazetteer entry.
  if (next.text === ',' || DASHES.has(next.text)) {
    const after = tokens[m.last + 1];
    if (after && PERSON_RELATIVES.has(after.lower) && !placeOfPersonBefore(tokens, m)) e.personCtx += 2;
    else if (after && next.text === ',' && APPOSITIVE_OPENERS.has(after.lower)) e.personCtx += 0.5;
  }
  if (possessive) {
    const after = tokens[m.last + 1];
    e.personCtx += after && PERSON_NOUNS.has(after.lower) ? 1.5 : 0.5;
  }
}

/**
 * "a surgeon living at Stanwick , who …", "a widow from Alcombe , who …": a name after a preposition of place that
 * follows a person word; the "who" after it is that person, not the name.
 */
function placeOfPersonBefore(tokens: readonly Token[], m: NameMention): boolean {
  if (!PLACE_OF_PERSON_PREPOSITIONS.has(wordAt(tokens, m.first - 1)?.lower ?? '')) return false;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 4); k--)
    if (tokens[k]?.word && isKnownPersonNoun(tokens[k]!.lower)) return true;
  return false;
}

/** The words before the name: person words, a passive's "by", prepositions of place, articles. */
function previousWordCues(tokens: readonly Token[], m: NameMention, e: Evidence): void {
  const prev = wordAt(tokens, m.first - 1);
  if (!prev) return;
  const prev2 = wordAt(tokens, m.first - 2);
  if (PERSON_PRECEDERS.has(prev.lower)) e.personCtx += 1;
  // The agent of a passive verb ("earned by Washington") is nearly always a person.
  if (AGENT_PREPOSITIONS.has(prev.lower) && prev2 && isPastParticiple(prev2.text)) e.personCtx += 0.75;
  // "Hannah Cole , of Ballinkeel": "of" after a name and its comma gives where the person is from.
  const origin = prev.lower === 'of' && tokens[m.first - 2]?.text === ',' && !!tokens[m.first - 3]?.cap;
  // "as far as Marietta": a distance is measured to a place.
  const extent = prev.lower === 'as' && prev2?.lower === 'far';
  if (STRONG_LOC_PREPOSITIONS.has(prev.lower) || origin || extent) e.placeCtx += 1.5;
  // "the river Calder", "the port of": a lower-case place noun right before the name says what it names.
  if (prev.text === prev.lower && PLACE_PREFIXES.has(prev.lower)) e.placeCtx += 2;
  // "sailed from X", "the road to X": a weak preposition after a word of travel points at a place.
  else if ((prev.lower === 'to' || prev.lower === 'from') && prev2 && MOTION_WORDS.has(prev2.lower))
    e.placeCtx += MOTION_CUE;
  else if (WEAK_LOC_PREPOSITIONS.has(prev.lower)) e.placeCtx += 0.35;
  else if (LOC_PREPOSITIONS.has(prev.lower)) e.placeCtx += 0.6;
  if ((prev.lower === 'a' || prev.lower === 'an') && !m.honorific) e.withArticle++;
  if (prev.lower === 'the' && !m.honorific) {
    e.withArticle++;
    e.placeCtx += 0.5;
    e.personCtx -= 0.5;
    if (prev2 && LOC_PREPOSITIONS.has(prev2.lower)) e.placeCtx += 0.8;
    if (prev2 && MOVEMENT_PREPOSITIONS.has(prev2.lower)) e.alongThe++;
    // "in the Park", "at the Grange": a kind of place capitalised after "the" names one place.
    else if (prev2 && STAYING_PREPOSITIONS.has(prev2.lower) && namesOnePlace(m.key)) e.alongThe++;
  }
}
