// Names in an idea typed all in lower case ("a cook called nadia and her brother sami …"), given their capitals back.
import { RELATION_NOUNS, UNMARKED_CONTRACTIONS } from './brief-words';
import { isEnglishWord, isEverydayWord, isWordAndName } from './everyday-words';
import { DETERMINERS, GENERIC, isPersonNoun } from './idea-person-phrases';
import { tokenize, type Token } from './tokenize';
import { isKnownPlace } from './world-places';
import { PLACE_HEADS, PLACE_PREFIXES, isDemonym, lexTags, nameTag } from './word-tables';

/** Words after which the next one is a name: "called dana", "named kofi". */
const NAMERS = new Set(['named', 'called', 'nicknamed', 'aka']);

/**
 * The idea with its names capitalised, when it was typed without capitals (a capital opening it or "I" aside);
 * otherwise the idea unchanged. The finders read capitals, so this is how a lower-case idea keeps its people and
 * places. The same length as the input, so every offset stays true.
 */
export function withNameCapitals(idea: string): string {
  const tokens = tokenize(idea);
  const words = tokens.filter((t) => t.word);
  const typedLower = words.every((t, i) => !t.cap || i === 0 || t.text === 'I' || /^I['’]/.test(t.text));
  if (!typedLower || words.length < 4) return idea;
  const chars = [...idea];
  const capitalise = (t: Token) => {
    const at = [...idea.slice(0, t.start)].length;
    const upper = chars[at]!.toUpperCase();
    // A letter whose capital is two letters ("ŉ") stays as typed, so every offset stays true.
    if (upper.length === chars[at]!.length) chars[at] = upper;
  };
  const named = new Set<Token>();
  const introduced = new Set<Token>();
  words.forEach((t, i) => {
    const place = knownPlaceAt(words, i);
    if (place) {
      for (const w of words.slice(i, i + place)) if (w.lower !== 'of') named.add(w);
      return;
    }
    const how = namesPerson(words, i, named, introduced);
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
  named.forEach(capitalise);
  return chars.join('');
}

/** How many words from `i` a known town or country spans ("el paso" 2, "maine" 1), when it is not a word too. */
function knownPlaceAt(words: readonly Token[], i: number): number {
  const street = streetAt(words, i);
  if (street) return street;
  const two = words[i + 1] ? `${words[i]!.lower} ${words[i + 1]!.lower}` : '';
  if (two && isKnownPlace(two)) return 2;
  const w = words[i]!.lower;
  return w.length > 2 && !isEnglishWord(w) && isKnownPlace(w) ? 1 : 0;
}

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
  // "they've", "the landlords son": a contraction or a bond word is never the name.
  if (CONTRACTION.test(w) || UNMARKED_CONTRACTIONS.has(w) || RELATION_NOUNS.has(w)) return undefined;
  const prev = words[i - 1];
  const english = isEnglishWord(w);
  if (prev && NAMERS.has(prev.lower)) return 'introduced';
  // A surname only right after an introduced name: "planner mei ling", not "sell rosa doesnt".
  if (prev && introduced.has(prev)) return english ? undefined : 'introduced';
  // "isobel and fern": a name that is a word too, coordinated with a name.
  if (prev?.lower === 'and' && words[i - 2] && named.has(words[i - 2]!))
    return english && !isWordAndName(w) ? undefined : 'named';
  if (prev && (RELATION_NOUNS.has(prev.lower) || GENERIC.has(prev.lower) || personNoun(prev.lower)))
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
