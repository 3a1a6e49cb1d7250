// Names in an idea typed in lower case ("a cook called nadia and her brother sami …"), given their capitals back.
import { CHAT_ABBREVIATIONS, FEATURE_OPENERS, RELATION_NOUNS, UNMARKED_CONTRACTIONS } from './brief-words';
import { isEnglishWord, isEverydayWord, isWordAndName } from './everyday-words';
import { DETERMINERS, GENERIC, isPersonNoun } from './idea-person-phrases';
import { tokenize, type Token } from './tokenize';
import { isKnownPlace } from './world-places';
import { PLACE_HEADS, PLACE_PREFIXES, isDemonym, lexTags, nameTag } from './word-tables';

/** Words that rule out what follows ("not texas"). */
const NEGATIONS = new Set(['not', 'no', 'never']);

/** Words after which the next one is a name: "called dana", "named kofi". */
const NAMERS = new Set(['named', 'called', 'nicknamed', 'aka']);

/**
 * The idea with its names capitalised, when it was typed without capitals (a capital opening it or "I" aside) or
 * casually (sentences opening in lower case, only some names capitalised); otherwise the idea unchanged. The finders
 * read capitals, so this is how a lower-case idea keeps its people and places. The same length as the input, so
 * every offset stays true.
 */
export function withNameCapitals(idea: string): string {
  const tokens = tokenize(idea);
  const words = tokens.filter((t) => t.word);
  const typedLower = words.every((t, i) => !t.cap || i === 0 || t.text === 'I' || /^I['’]/.test(t.text));
  const casual = !typedLower && typedCasually(tokens);
  if (!(typedLower || casual) || words.length < 4) return idea;
  const chars = [...idea];
  const capitalise = (t: Token) => {
    const at = [...idea.slice(0, t.start)].length;
    const upper = chars[at]!.toUpperCase();
    // A letter whose capital is two letters ("ŉ") stays as typed, so every offset stays true.
    if (upper.length === chars[at]!.length) chars[at] = upper;
  };
  const named = new Set<Token>();
  const introduced = new Set<Token>();
  const placeWords = new Set<Token>();
  // Where each token and word stands, found once rather than searched for each word.
  const tokenAt = new Map(tokens.map((t, k) => [t, k]));
  const wordAt = new Map(words.map((t, i) => [t, i]));
  words.forEach((t, i) => {
    const place = knownPlaceAt(words, i, casual);
    if (place) {
      // "(new mexico, not texas)": a place the typist rules out is left as typed where names have capitals.
      if (casual && NEGATIONS.has(words[i - 1]?.lower ?? '')) return;
      for (const w of words.slice(i, i + place)) if (w.lower !== 'of') placeWords.add(w);
      return;
    }
    const k = tokenAt.get(t)!;
    const how = namesPerson(words, i, named, introduced) ?? agedName(tokens, k) ?? appositiveName(tokens, k);
    if (how) named.add(t);
    if (how === 'introduced') introduced.add(t);
  });
  // "fern and isobel": a name that is a word too, before "and" and a name.
  words.forEach((t, i) => {
    // "at dawn and ada": a word after a preposition or an article is the word.
    const opener = words[i - 3]?.lower ?? '';
    const candidate = words[i - 2];
    if (named.has(t) && words[i - 1]?.lower === 'and' && candidate && isWordAndName(candidate.lower))
      if (!VERB_OBJECT.test(opener)) named.add(candidate);
  });
  // Where the typist gave some names their capitals, a word left in lower case is a name only when it can be no
  // word at all ("ryo", not "park", "state" or "small-town"), and no unit after a number ("30 yrs").
  const sure = (t: Token) => {
    const before = words[wordAt.get(t)! - 1];
    const english = t.lower.split('-').every((part) => isEnglishWord(part) || isEverydayWord(part));
    return !english && !/\d/.test(before?.text ?? '');
  };
  // "his brother declan … declan's the hero": a name found once is that name wherever else it stands, when it can
  // be no word.
  // "his fiancée sydney … sydney's mother": one a bond or "called" introduced is that name too, unless a word in everyday
  // use or a word that is often a name too ("rose").
  const names = new Set([...named].map((t) => t.lower));
  const introducedNames = new Set([...introduced].map((t) => t.lower));
  const canBeNoWord = (w: string) => !isEnglishWord(w) && !isEverydayWord(w);
  for (const t of words)
    if (
      !named.has(t) &&
      names.has(t.lower) &&
      (canBeNoWord(t.lower) ||
        (introducedNames.has(t.lower) && !isEverydayWord(t.lower) && !isWordAndName(t.lower)))
    )
      named.add(t);
  for (const t of named) if (!t.cap && (!casual || sure(t))) capitalise(t);
  placeWords.forEach(capitalise);
  return chars.join('');
}

/** "tomek, 17, washes cars": a word that is no English one, with an age after a comma, is a person's name. */
function agedName(tokens: readonly Token[], k: number): 'introduced' | undefined {
  const t = tokens[k]!;
  const aged = tokens[k + 1]?.text === ',' && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '');
  return aged && !isEnglishWord(t.lower) && !isEverydayWord(t.lower) ? 'introduced' : undefined;
}

/** What may follow a name set off by a comma after the person it names: "…, vebjorn, who builds", "…, tlalli and yaretzi". */
const AFTER_APPOSITIVE = new Set([',', 'and', 'who', 'whose', '.', ';', '—', '-']);

/**
 * "a shy boy in tromso, vebjorn, who …": a word that is no English word, no place and no demonym, set off by a
 * comma a few words after a person ("girl", "tattoo artists"), is that person's name.
 */
function appositiveName(tokens: readonly Token[], k: number): 'introduced' | undefined {
  const t = tokens[k]!;
  if (tokens[k - 1]?.text !== ',' || !AFTER_APPOSITIVE.has(tokens[k + 1]?.lower ?? '.')) return undefined;
  if (!isForeign(t) || isKnownPlace(t.lower)) return undefined;
  const before = tokens.slice(Math.max(0, k - 8), k - 1).filter((w) => w.word);
  return before.some((w) => personNoun(w.lower) || GENERIC.has(w.lower)) ? 'introduced' : undefined;
}

/**
 * "sunil, 19, fixes phones at a stall in Chennai. the owner …": an idea opening in lower case and opening a
 * later sentence so too was typed without a thought for capitals, though some names have theirs.
 */
function typedCasually(tokens: readonly Token[]): boolean {
  const starts = tokens.filter((t) => t.word && t.sentStart);
  return starts.length > 1 && !starts[0]!.cap && starts.slice(1).some((t) => !t.cap);
}

/**
 * How many words from `i` a known town or country spans ("el paso" 2, "maine" 1), when it is not a word too, or a
 * street opened by a word that is none, in an idea typed all in lower case.
 */
function knownPlaceAt(words: readonly Token[], i: number, casual: boolean): number {
  // Where the typist capitalised some names, a street is one of those: guessed ones would be words ("'s house").
  const street = casual ? 0 : streetAt(words, i);
  if (street) return street;
  // "the san juan river": "the" is no part of the name, and "the san" no town.
  if (words[i]!.lower === 'the') return 0;
  const two = words[i + 1] ? `${words[i]!.lower} ${words[i + 1]!.lower}` : '';
  if (two && isKnownPlace(two)) return 2;
  // "lake ohrid", "mount kenya": a kind of natural place before a town's name or a word that is none names them both.
  const next = words[i + 1]?.lower ?? '';
  const named = next.length > 2 && (isKnownPlace(next) || (!isEnglishWord(next) && !isEverydayWord(next)));
  if (FEATURE_OPENERS.has(words[i]!.lower) && named) return 2;
  const w = words[i]!.lower;
  return w.length > 2 && !isEnglishWord(w) && isKnownPlace(w) ? 1 : 0;
}

/** Casual words for a person, after which a name follows as after "man" or "girl" ("this guy chance"). */
const CASUAL_PERSON_WORDS = new Set(['guy', 'dude', 'gal', 'bloke', 'lad', 'lass', 'chap', 'fella']);

/** Words that open a verb's object or complement ("falls for", "lodges with"). */
const VERB_OBJECT = /^(?:for|in|on|to|into|at|a|an|the|with|off|down|out|over|from|her|him|his)$/;
const CONTRACTION = /['’](?:ve|re|ll|d|s|t|m)$/;
/** "her bestfriend arjun": "her" opens the phrase, it is no job ending in "-er". */
const personNoun = (w: string): boolean => isPersonNoun(w) && !DETERMINERS.has(w);

/**
 * Whether the lower-case word names a person: after "called", after a bond or a job ("her brother ellis",
 * "fisherman bartholomew"), after a name and "and" ("rosa and lidia"), as a surname after a name, or as a first
 * name that is no English word.
 */
function namesPerson(
  words: readonly Token[],
  i: number,
  named: ReadonlySet<Token>,
  introduced: ReadonlySet<Token>,
): 'introduced' | 'named' | undefined {
  const w = words[i]!.lower;
  if (w.length < 2 || (isEverydayWord(w) && !isWordAndName(w))) return undefined;
  // "they've", "the landlords son", "bc": a contraction, a bond word or chat shorthand is never the name.
  if (
    CONTRACTION.test(w) ||
    UNMARKED_CONTRACTIONS.has(w) ||
    CHAT_ABBREVIATIONS.has(w) ||
    RELATION_NOUNS.has(w)
  )
    return undefined;
  const prev = words[i - 1];
  const english = isEnglishWord(w);
  if (prev && NAMERS.has(prev.lower)) return 'introduced';
  // A surname only right after an introduced name: "planner mei ling", not "sell rosa doesnt".
  if (prev && introduced.has(prev)) return english ? undefined : 'introduced';
  // "isobel and fern": a name that is a word too, coordinated with a name.
  if (prev?.lower === 'and' && words[i - 2] && named.has(words[i - 2]!))
    return english && !isWordAndName(w) ? undefined : 'named';
  // "his fiancée sydney": after a bond, a word that is no everyday one is the name, though a dictionary knows it.
  if (prev && RELATION_NOUNS.has(prev.lower))
    return !english || isWordAndName(w) || !isEverydayWord(w) ? 'introduced' : undefined;
  if (prev && (GENERIC.has(prev.lower) || CASUAL_PERSON_WORDS.has(prev.lower) || personNoun(prev.lower)))
    return !english || isWordAndName(w) ? 'introduced' : undefined;
  const tag = nameTag(w);
  return (tag === 'female' || tag === 'male') && !english ? 'named' : undefined;
}

/**
 * How many words from `i` a named place spans when a word that is no English word opens it: before a kind of place
 * ("trafalgar square", "charing cross road", "sunnyside lodge") or after one and "of" ("isle of kessmoor").
 */
function streetAt(words: readonly Token[], i: number): number {
  const w = words[i]!.lower;
  if (PLACE_PREFIXES.has(w) && words[i + 1]?.lower === 'of' && isForeign(words[i + 2])) return 3;
  if (!isForeign(words[i])) return 0;
  // "keanu makoa falls for a surfer": a kind of place that reads as a verb before its object is one.
  // "kemi road trip": a kind of place before another noun is part of a compound, not a street's name.
  const head = (k: number) =>
    PLACE_HEADS.has(words[k]?.lower ?? '') &&
    !VERB_OBJECT.test(words[k + 1]?.lower ?? '') &&
    !isCompoundNoun(words[k + 1]);
  if (head(i + 1)) return 2;
  const middle = words[i + 1]?.lower ?? '';
  return middle && !DETERMINERS.has(middle) && head(i + 2) ? 3 : 0;
}

/** A noun right after another, in the same run of words ("road trip", "street food"). */
function isCompoundNoun(t: Token | undefined): boolean {
  const tags = lexTags(t?.lower ?? '');
  return tags.some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural');
}

/** A word that is no English word and no everyday one, so capitalised it can only be a name. */
function isForeign(t: Token | undefined): boolean {
  const w = t?.lower ?? '';
  // "a tiny umbrian town": a demonym says where, it opens no name.
  return w.length > 2 && !isEnglishWord(w) && !isEverydayWord(w) && !isDemonym(w);
}
