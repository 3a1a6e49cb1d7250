// Decides, per distinct name, whether it names a person, a place or neither, pooling contextual cues.
import type { Token } from './tokenize';
import type { DocStats } from './doc-stats';
import { COMPASS, type NameMention } from './name-mentions';
import { quotedTokens } from './dialogue-cues';
import { isEverydayWord } from './everyday-words';
import { isWorldPlace } from './world-places';
import { coordinationCues, listedWithKind } from './name-coordination';
import { scoreContext } from './name-context-cues';
import {
  DEITIES,
  HONORIFICS,
  INSTITUTION_HEADS,
  MARRIED_HONORIFICS,
  NICKNAMES,
  NON_PERSON_SUFFIXES,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  STRONG_PLACE_SUFFIXES,
  isCommonWord,
  isCommonOrEverydayWord,
  isDemonym,
  isGazetteerPlace,
  isPlanet,
  lexTags,
  nameTag,
  placeOfDwellers,
} from './word-tables';

export type NameClass = 'person' | 'place' | 'none';

/** Cue scores of one name key: context cues summed over mentions, lexical cues once. */
export interface Evidence {
  personCtx: number;
  placeCtx: number;
  personLex: number;
  placeLex: number;
  mentions: number;
  midSentence: number;
  honorific: boolean;
  /** Mentions preceded by "the". */
  withArticle: number;
  /** Mentions after a preposition of movement and "the": "across the Kanawha", "towards the Barrow". */
  alongThe: number;
  /** Mentions joined by "&" to another name: "Ashby , Crane & Company", "Hollander & Co". */
  firm: number;
  /** Mentions that say the name is a ship's: "the Rachel , a brig", "aboard the Rachel", "the Rachel 's deck". */
  vessel: number;
}

const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Currency', 'Unit']);
/** Lexical weight of a place whose people the text names after it ("Nantucketers"). */
const DWELLERS_CUE = 2;
/**
 * Lexical weight of a town or country of the world gazetteer: below a person's context cues, as many towns bear a
 * surname ("Ledyard"). 0.5 and 1 read the tuning sets alike; 1.5 lost characters to their towns.
 */
const WORLD_PLACE_CUE = 1;
/** Lexical weight of an ending almost only towns have ("-borough", "-chester"). */
const STRONG_SUFFIX_CUE = 1.5;
/** Lexical weight of a gazetteer town that is also a given name. */
const GIVEN_NAME_TOWN_CUE = 2;
/** Lexical weight of a god's name written mid-sentence ("the word of God"). */
const DEITY_CUE = 1;
/** Context cues of at most this many mentions count in full; beyond, they are averaged. */
const CONTEXT_POOL = 3;
/** Person score at which a name used alone vouches for the full names it opens. */
const PERSON_WORD_MIN = 2;
/** A name with no cue at all must recur this often to count as a person (one-offs are often terms). */
const MIN_UNCUED_MENTIONS = 2;

const endsWithAny = (w: string, suffixes: readonly string[]): boolean =>
  suffixes.some((x) => w.length > x.length + 2 && w.endsWith(x));

/** Pooled scores: context averaged per mention and scaled to at most CONTEXT_POOL mentions. */
export function totals(e: Evidence): { person: number; place: number } {
  const k = Math.min(e.mentions, CONTEXT_POOL) / e.mentions;
  return { person: e.personLex + e.personCtx * k, place: e.placeLex + e.placeCtx * k };
}

/** Classifies every mention key; mentions of one key share a verdict. */
export function classifyNames(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  stats: DocStats,
): Map<string, NameClass> {
  const out = new Map<string, NameClass>();
  const ev = scoreNames(tokens, mentions, stats);
  for (const [key, e] of ev) out.set(key, decide(key, e, stats));
  listedVerdicts(tokens, mentions, ev, out);
  // "the Nantucketers" beside "Nantucket": the people of a place the text names are neither a character nor a place.
  for (const key of out.keys())
    if (!key.includes(' ') && placeOfDwellers(key).some((k) => out.get(k) === 'place')) out.set(key, 'none');
  return out;
}

/**
 * A second pass over names seen once and left undecided: one with no cue at all borrows the verdict of a person it is
 * listed with ("Quillane and Jessamy"); one that no person cue speaks for, listed with places, is a place ("from
 * Erdingham"), unless it names dwellers ("Vermonters and New Hampshire men").
 */
function listedVerdicts(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  ev: ReadonlyMap<string, Evidence>,
  out: Map<string, NameClass>,
): void {
  const undecidedOnce = (key: string): boolean =>
    out.get(key) === 'none' && ev.get(key)!.mentions === 1 && !isCommonOrEverydayWord(key);
  const uncued = (key: string): boolean => {
    const t = totals(ev.get(key)!);
    return undecidedOnce(key) && ev.get(key)!.midSentence === 1 && t.person === 0 && t.place === 0;
  };
  const placeLike = (key: string): boolean => {
    const dwellers = !key.includes(' ') && /(?:ers|ites|ans)$/.test(key);
    return undecidedOnce(key) && totals(ev.get(key)!).person <= 0 && !dwellers;
  };
  const persons = listedWithKind(tokens, mentions, uncued, (k) => out.get(k) === 'person');
  const places = listedWithKind(tokens, mentions, placeLike, (k) => out.get(k) === 'place');
  for (const key of persons) out.set(key, 'person');
  for (const key of places) if (!persons.has(key)) out.set(key, 'place');
}

/** Person/place evidence per name key (exported for diagnostics). */
export function scoreNames(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  stats?: DocStats,
): Map<string, Evidence> {
  const ev = new Map<string, Evidence>();
  const inside = quotedTokens(tokens);
  for (const m of mentions) {
    let e = ev.get(m.key);
    if (!e) {
      e = {
        personCtx: 0,
        placeCtx: 0,
        personLex: 0,
        placeLex: 0,
        mentions: 0,
        midSentence: 0,
        honorific: false,
        withArticle: 0,
        alongThe: 0,
        firm: 0,
        vessel: 0,
      };
      ev.set(m.key, e);
    }
    e.mentions++;
    if (!m.initial || m.honorific) e.midSentence++;
    scoreContext(tokens, inside, m, e);
  }
  for (const [key, e] of ev) {
    const words = key.split(' ');
    const firstWord = words[0]!;
    const lastWord = words[words.length - 1]!;
    if (words.length > 1 && PLACE_HEADS.has(lastWord)) e.placeLex += 3;
    // "West Harnby", "North Shields": a side of the compass opening a name makes it a place's.
    if (words.length === 2 && COMPASS.has(firstWord)) e.placeLex += 2;
    // A town that is a given name too ("Sydney", "Florence") weighs a little less: its person cues may decide.
    if (isGazetteerPlace(key) || (words.length === 1 && isGazetteerPlace(firstWord)))
      e.placeLex += words.length === 1 && nameTag(key) ? GIVEN_NAME_TOWN_CUE : 2.5;
    else if (isWorldPlace(key)) e.placeLex += WORLD_PLACE_CUE;
    if (isPlanet(key)) e.placeLex += 1;
    // "Perrotin of Nice": a name followed by its home town.
    const of = words.indexOf('of');
    if (
      of > 0 &&
      of < words.length - 1 &&
      isGazetteerPlace(words.slice(of + 1).join(' ')) &&
      !PLACE_HEADS.has(words[of - 1]!)
    )
      e.personLex += 2;
    // "Temple of Janus", "Tower of Zell": a kind of place (not an institution like "Court") before "of" names a place.
    else if (of === 1 && PLACE_HEADS.has(firstWord) && !INSTITUTION_HEADS.has(firstWord)) e.placeLex += 2;
    // "Lavelle of Java": one unknown word (not a noun like "Bank" or "Tower") before "of" names a person
    // by origin; "X of Y" place names are built on ordinary head nouns.
    else if (
      of === 1 &&
      words.length > 2 &&
      e.midSentence > 0 &&
      isOriginHead(firstWord, stats) &&
      !isDemonym(lastWord)
    )
      e.personLex += 1.5;
    const nt = nameTag(firstWord);
    if (!nt && !isGazetteerPlace(lastWord) && endsWithAny(lastWord, PLACE_SUFFIXES))
      e.placeLex += endsWithAny(lastWord, STRONG_PLACE_SUFFIXES) ? STRONG_SUFFIX_CUE : 0.5;
    if (words.length === 1 && DEITIES.has(firstWord)) e.personLex += DEITY_CUE;
    if (nt === 'female' || nt === 'male') e.personLex += words.length > 1 ? 2.5 : 1.5;
    else if (nt === 'name' || (words.length > 1 && nameTag(lastWord))) e.personLex += 1;
  }
  // "a Nantucketer" in the text says "Nantucket" is a place; "Georgians", "Jacobites" and "Christians" say nothing
  // of a George, a Jacob or Christ.
  for (const key of ev.keys())
    for (const place of placeOfDwellers(key)) {
      const e = ev.get(place);
      if (e && place !== key && !nameTag(place) && !DEITIES.has(place))
        e.placeLex = Math.max(e.placeLex, DWELLERS_CUE);
    }
  // Words of multi-word person names vouch for the same words used alone ("Cuthbert").
  const personWords = new Set<string>();
  for (const [key, e] of ev) {
    const t = totals(e);
    // Only the words before an inner "of": in "Lavelle of Java" the rest names where he is from.
    const named = key.split(' of ')[0]!;
    if (key.includes(' ') && t.person > t.place) for (const w of named.split(' ')) personWords.add(w);
  }
  for (const [key, e] of ev) {
    if (key.includes(' ')) continue;
    // Also a diminutive of such a word ("Lizzy" next to "Elizabeth Bennet").
    const full = NICKNAMES.get(key);
    if (personWords.has(key) || (full && personWords.has(full))) e.personLex += 2;
    // A known diminutive capitalised mid-sentence ("with Kitty at her heels") is a pet name.
    else if (full && e.midSentence > 0) e.personLex += 1;
  }
  vouchFromFirstNames(ev, unmarriedTitledSurnames(mentions));
  coordinationCues(tokens, mentions, ev);
  return ev;
}

/**
 * A full name whose first word the text uses alone for a person ("Mrs. Rawdon" … "Rawdon Crawley had bought them")
 * is that person's, even when its last word looks like a town's ("-ley"). So is one whose last word the text gives a
 * title ("Miss Quayle" … "sat Winifred Quayle"), unless its first word heads a place ("Port Quayle"). A "Mrs." does
 * not vouch: beside "Mrs. Quayle", "Winifred Quayle" is as often her daughter, and the two are kept apart.
 */
function vouchFromFirstNames(ev: Map<string, Evidence>, titledSurnames: ReadonlySet<string>): void {
  const personWord = (w: string): boolean => {
    const e = ev.get(w);
    if (!e) return false;
    const t = totals(e);
    return t.person >= PERSON_WORD_MIN && t.person > t.place;
  };
  const titledSurname = (w: string): boolean => titledSurnames.has(w) && personWord(w);
  for (const [key, e] of ev) {
    const words = key.split(' ');
    const first = words[0]!;
    const last = words[words.length - 1]!;
    // "PINKERTON P.S.": a lone letter after the name is no surname.
    if (words.length < 2 || last.length < 2 || words.includes('of')) continue;
    const placeHead = PLACE_HEADS.has(first) || ORG_HEADS.has(first) || isCommonWord(first);
    const titled = titledSurname(last) && !placeHead;
    if (personWord(first) || titled) e.personLex += 2;
    // "Miss Thorndale" … "Ottilie Thorndale": the text's own titled use outweighs a place-like ending ("-dale").
    if (titled) e.placeLex = Math.min(e.placeLex, 0);
  }
}

/** Lone names the text gives a title that does not say "married" ("Miss Quayle", "Mr. Quayle", "Dr. Quayle"). */
function unmarriedTitledSurnames(mentions: readonly NameMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const title = m.honorific?.toLowerCase().replace(/\.$/, '');
    if (title && m.words.length === 1 && !MARRIED_HONORIFICS.has(title)) out.add(m.key);
  }
  return out;
}

// Many common nouns ("Principality", "Siege") are missing from the lexicon: the document's own lower-case
// use of the word and abstract-noun endings ("-ity", "-ment") rule them out.
function isOriginHead(w: string, stats: DocStats | undefined): boolean {
  if (
    PLACE_HEADS.has(w) ||
    ORG_HEADS.has(w) ||
    HONORIFICS.has(w) ||
    isCommonWord(w) ||
    isGazetteerPlace(w) ||
    isDemonym(w)
  )
    return false;
  if (endsWithAny(w, NON_PERSON_SUFFIXES)) return false;
  return !stats || (stats.lowerCount.get(w) ?? 0) === 0;
}

/** "You'll", "They've": a pronoun with its verb run on, capitalised where a sentence or a quotation opens. */
const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it|there|that|who|what|here)['’](?:ll|ve|re|d|m|s)$/;

function decide(key: string, e: Evidence, stats: DocStats): NameClass {
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  const { person, place } = totals(e);
  if (words.length === 1 && isDemonym(last)) return 'none';
  if (CONTRACTED_PRONOUN.test(key)) return 'none';
  // "they were Counts", "the Colonels": a title in the plural names a rank, not anyone.
  if (words.length === 1 && !e.honorific && /[^s]s$/.test(last) && HONORIFICS.has(last.slice(0, -1)))
    return 'none';
  if (lexTags(key).some((t) => ORG_TAGS.has(t))) return 'none';
  if (words.length > 1 && ORG_HEADS.has(last)) return 'none';
  // "the Rachel": a name that takes the article and is once said to be a ship is the ship, wherever it sails.
  if (e.vessel > 0 && !e.honorific && e.withArticle * 2 >= e.mentions) return 'none';
  // A name that mostly stands in a firm's name is the firm, not a character or a place.
  if (e.firm * 2 >= e.mentions) return 'none';
  // "Bank of England", "Society of Friends": an organisation named by its head noun before "of".
  const of = words.indexOf('of');
  if (of > 0 && ORG_HEADS.has(words[of - 1]!)) return 'none';
  // "Crassinus said", "said Vettius": a word with a common noun's ending that the text treats as someone is a name.
  const actsAsPerson = person >= 1.5 && place < 0.5 && e.midSentence > 0;
  const suffixed = !nameTag(last) && !isGazetteerPlace(key) && endsWithAny(last, NON_PERSON_SUFFIXES);
  if (!e.honorific && suffixed && !actsAsPerson) {
    return place >= 2 ? 'place' : 'none';
  }
  // "the Church", "the Academy": a lone word that mostly takes the article is a capitalised common
  // noun unless the gazetteer or its form says place.
  if (words.length === 1 && e.withArticle * 2 >= e.mentions && e.placeLex <= 0 && !e.honorific)
    return (e.alongThe > 0 && articlePlace(last, stats)) || namedKindOfPlace(last, e, stats)
      ? 'place'
      : 'none';
  // "Sperm Whale", "Marine Insurance", "Man of Sorrows": ordinary words capitalised together name a kind or an idea,
  // unless the gazetteer or a place head ("Dismal Swamp") makes them a place, or a road leads along or into them
  // ("past the Black Lion").
  if (!e.honorific && e.alongThe === 0 && commonPhrase(words, key, stats)) return 'none';
  if (place > person && place >= 0.5) return 'place';
  // A lone ordinary noun capitalised for emphasis ("the Church", "Poet") without any person cue.
  if (
    words.length === 1 &&
    !e.honorific &&
    person <= 0 &&
    isCommonOrEverydayWord(last) &&
    !isGazetteerPlace(last)
  )
    return 'none';
  if (person > 0 && person >= place) {
    // "the Mary Delane", "a Quaker": a name that always takes an article is a ship, an inn or a kind of
    // person, not someone's own name (titles aside: "the Lord Chancellor" carries its honorific).
    if (!e.honorific && e.withArticle === e.mentions) return 'none';
    // "Temple Bar", "Golden Hind": several words ending in an ordinary word, with no first name
    // and no honorific, are rarely people.
    if (!e.honorific && words.length > 1 && e.personLex <= 0 && ordinary(last, stats))
      return place > 0 ? 'place' : 'none';
    // "the Director of Companies", "Master of the Rolls": an office named by a common noun, not a person's name.
    if (of > 0 && officeHead(words[0]!, stats)) return 'none';
    return 'person';
  }
  // No cue either way: a name seen mid-sentence (where capitals are meaningful) is most likely
  // a person in fiction; one seen only at sentence starts is too doubtful.
  if (e.midSentence > 0 && place < 0.5 && e.mentions >= MIN_UNCUED_MENTIONS) {
    if (words.length > 1 && ordinary(last, stats)) return 'none';
    return 'person';
  }
  return 'none';
}

/**
 * "towards the Barrow", "across the Kanawha", "at the Grange": a word the document never writes in lower case, taking
 * the article after a preposition of movement (or, for a kind of place, of being there), names a river, a range or a
 * building. Not a plural ("the Pelhams" is a family) and not a first name (ships are "the Susannah").
 */
/**
 * "beating up into the Channel", "by the Grove": a kind of place the text only ever writes with a capital, said where
 * something is or goes, is that place's name (an institution, "the Church", "the Court", is not a place).
 */
function namedKindOfPlace(lower: string, e: Evidence, stats: DocStats): boolean {
  if (!PLACE_HEADS.has(lower) || INSTITUTION_HEADS.has(lower) || ORG_HEADS.has(lower)) return false;
  return (stats.lowerCount.get(lower) ?? 0) === 0 && e.alongThe > 0 && e.personCtx <= 0;
}

function articlePlace(lower: string, stats: DocStats): boolean {
  if (isGazetteerPlace(lower)) return true;
  if (lower.endsWith('s') || ordinary(lower, stats) || isDemonym(lower)) return false;
  if (ORG_HEADS.has(lower)) return false;
  const tag = nameTag(lower);
  return tag !== 'female' && tag !== 'male';
}

/**
 * Several words, each an everyday word (no first name) or one the document also writes in lower case, that neither
 * the gazetteer nor a place word ("Dismal Swamp", "Cape Horn") makes a place.
 */
function commonPhrase(words: readonly string[], key: string, stats: DocStats): boolean {
  if (words.length < 2 || isGazetteerPlace(key)) return false;
  if (PLACE_HEADS.has(words[words.length - 1]!) || PLACE_PREFIXES.has(words[0]!)) return false;
  return words.every((w) => w === 'of' || (stats.lowerCount.get(w) ?? 0) > 0 || isEverydayWord(w));
}

/** A common noun opening "<noun> of …", so the phrase names an office or a thing rather than a person. */
function officeHead(lower: string, stats: DocStats): boolean {
  if (nameTag(lower)) return false;
  return (stats.lowerCount.get(lower) ?? 0) > 0 || isCommonWord(lower);
}

function ordinary(lower: string, stats: DocStats): boolean {
  return (stats.lowerCount.get(lower) ?? 0) > 0 || (isCommonWord(lower) && !nameTag(lower));
}
