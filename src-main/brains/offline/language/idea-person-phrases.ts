// The words written around a person's name in an idea: the noun phrase before it and an appositive after it.
import { RELATION_NOUNS } from './brief-words';
import { LEXICON } from '../understand/lexicon';
import { isEverydayWord } from './everyday-words';
import type { Token } from './tokenize';
import { lexTags } from './word-tables';
import { POSSESSIVES } from './name-descriptions';

/** Words that open a noun phrase: a phrase read backwards from a name stops after one. */
export const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'whose',
  'one',
  'two',
  'three',
]);
const NUMBERS = new Set(['one', 'two', 'three']);
const STOP = new Set([
  'and',
  'or',
  'but',
  'with',
  'by',
  'for',
  'to',
  'from',
  'in',
  'on',
  'at',
  'of',
  'into',
  'about',
  'as',
  'than',
  'when',
  'while',
  'who',
  'that',
  'which',
  'where',
  'before',
  'after',
  'until',
  'since',
  'because',
  'despite',
  'during',
  'without',
  'against',
  'is',
  'are',
  'was',
  'were',
  'be',
  'named',
  'called',
  'near',
  'across',
  'through',
  'aboard',
  'must',
  'will',
  'can',
  'has',
  'have',
]);
/** Nouns for a person that are neither a job nor a bond ("a woman named Ada", "the orphan Pip"). */
export const GENERIC = new Set([
  'woman',
  'man',
  'girl',
  'boy',
  'kid',
  'child',
  'person',
  'lady',
  'gentleman',
  'baby',
  'teenager',
  'teen',
  'orphan',
  'stranger',
]);

/** Pronouns that open a clause as its subject: the word after them is its verb. */
export const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'ourselves']);

/**
 * Noun phrase of lower-case words ending right before token `end` (exclusive), stopping after a determiner. Words
 * after a subject pronoun ("You play Farida") or around a reflexive ("which calls itself Juniper") are a verb
 * phrase, not a description, and give no phrase.
 */
export function phraseBefore(tokens: readonly Token[], end: number): { words: Token[]; start: number } {
  const found = rawPhraseBefore(tokens, end);
  const before = tokens[found.start - 1]?.lower ?? '';
  if (found.words.some((w) => REFLEXIVES.has(w.lower)) || SUBJECT_PRONOUNS.has(before))
    return { words: [], start: end };
  return found;
}

function rawPhraseBefore(tokens: readonly Token[], end: number): { words: Token[]; start: number } {
  const words: Token[] = [];
  let k = end - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (/^['’]s$/.test(t.text) && tokens[k - 1]?.cap) {
      words.unshift(tokens[k - 1]!, t);
      k -= 2;
      break;
    }
    // "Divorced detectives Odette and …": an everyday word capitalised only because it opens the sentence.
    const opener =
      t.cap && t.sentStart && !SUBJECT_PRONOUNS.has(t.lower) && !STOP.has(t.lower) && isEverydayWord(t.lower);
    if (!t.word || (t.cap && !DETERMINERS.has(t.lower) && !opener) || STOP.has(t.lower)) break;
    words.unshift(t);
    k--;
    // "his three granddaughters": a number after a possessive is not where the phrase starts.
    if (NUMBERS.has(t.lower) && POSSESSIVES.has(tokens[k]?.lower ?? '')) continue;
    if (DETERMINERS.has(t.lower) || opener) break;
  }
  return { words, start: k + 1 };
}

/** Appositive after a name: ", a former ferry pilot in Bergen," → "a former ferry pilot". */
export function phraseAfter(tokens: readonly Token[], last: number): Token[] {
  const opener = tokens[last + 1]?.lower ?? '';
  // ", whose brother Jun …" describes the brother, not the name before it.
  if (tokens[last]?.text !== ',' || !DETERMINERS.has(opener) || opener === 'whose') return [];
  const out: Token[] = [];
  for (let k = last + 1; k < tokens.length && out.length < 6; k++) {
    const t = tokens[k]!;
    // "Omar, his wife Salma": a phrase that runs into a name is that name's, not an appositive of the one before.
    if (t.cap && t.word && out.length > 1) return [];
    if (!t.word || t.cap || (out.length > 0 && (STOP.has(t.lower) || t.lower.endsWith('ed')))) break;
    out.push(t);
  }
  return out;
}

/** The words of a phrase as written, the possessive "'s" joined back to its word. */
export const phraseText = (ws: readonly Token[]): string =>
  ws
    .map((w) => w.text)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1');

/** Whether a noun is known to name a person: a bond, a generic person word, an occupation or a lexicon actor. */
export function isKnownPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    RELATION_NOUNS.has(w) || GENERIC.has(w) || LEXICON.occupations.has(w) || lexTags(w).includes('Actor')
  );
}

/** Whether a noun names a person: one known to ({@link isKnownPersonNoun}), or a word shaped like a job ("roller"). */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    isKnownPersonNoun(w) ||
    /(?:er|or|ist|ian|ant|ent|man|woman|men|women|wife|girl|boy|kid|smith|wright|keeper|monk|nun|chef|cook|thief|spy|priest|queen|king)s?$/.test(
      w,
    )
  );
}
