// Words that open a capitalised run in an idea but are no part of the name: labels, kinds of film, plurals, jobs.
import type { NameMention } from './name-mentions';
import { isEnglishWord, isWordAndName } from './everyday-words';
import { isKnownPersonNoun } from './idea-person-phrases';
import { GENRE_WORDS, PERIOD_WORDS, RELATION_NOUNS } from './brief-words';
import { PLACE_HEADS, isEnglishNotName } from './word-tables';
import type { Token } from './tokenize';

const KIND_WORDS = new Set([
  'music',
  'video',
  'commercial',
  'short',
  'film',
  'feature',
  'story',
  'movie',
  'ad',
  'episode',
  'ep',
  'pilot',
]);

// Genre labels, kinds and eras open many ideas ("Sci-fi thriller:", "Victorian London"): they are not names.
export function trimLeading(tokens: readonly Token[], m: NameMention): NameMention | undefined {
  let words = [...m.words];
  let first = m.first;
  while (words.length > 0) {
    const w = words[0]!.toLowerCase();
    const label = GENRE_WORDS.includes(w) || KIND_WORDS.has(w) || PERIOD_WORDS.includes(w) || /^sci$/.test(w);
    // "Cellmates Andre and Luis…": a plural noun opening the sentence names what the people are.
    const plural = m.initial && first === m.first && words.length > 1 && isPluralNoun(w);
    // "the Ambassador Hotel", "the Pioneer Palace": a job before a lone kind of place is the place's name.
    // "Detective Hall" without an article is a person.
    const namesPlace =
      words.length === 2 &&
      PLACE_HEADS.has(words[1]!.toLowerCase()) &&
      /^(?:the|same)$/.test(tokens[first - 1]?.lower ?? '');
    // "Ex-Marine Dana Kolb", "Former-Medic Kay Orr": what someone used to be, before more of the name.
    const former = words.length > 1 && /^(?:ex|former)-\p{L}+$/u.test(w);
    if (!label && !plural && !former && (namesPlace || !isTitleWord(tokens, w, first + 1))) break;
    words = words.slice(1);
    first++;
  }
  if (words.length === 0) return undefined;
  if (words.length === m.words.length) return m;
  const firstTok = tokens[first]!;
  return {
    ...m,
    words,
    key: words.join(' ').toLowerCase(),
    surface: words.join(' '),
    start: firstTok.start,
    first,
    honorific: undefined,
  };
}

/**
 * "Detective Amara Eze", "Falconer Khalid bin Rashid", "Detective Sergeant Ada Quinn": a capitalised job before a
 * name is what the person does, not part of their name, unless the word is a name too ("Hunter", "Mason").
 */
function isTitleWord(tokens: readonly Token[], lower: string, next: number): boolean {
  if (!tokens[next]?.cap || !isEnglishWord(lower) || isWordAndName(lower)) return false;
  return isKnownPersonNoun(lower) && !isPluralNoun(lower);
}

/** "cellmates", "sisters": a plural of a relation noun, or an English plural that is no name of an English singular. */
function isPluralNoun(lower: string): boolean {
  if (!/[^s]s$/.test(lower)) return false;
  return RELATION_NOUNS.has(lower) || (isEnglishNotName(lower) && isEnglishWord(lower.slice(0, -1)));
}
