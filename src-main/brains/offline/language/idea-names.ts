// Names in a short idea: the shared name finder's mentions, sorted into people, named places and objects.
import type { NameMention } from './name-mentions';
import {
  compassBefore,
  openerBefore,
  numberAfter,
  placeCompound,
  saintsPossessive,
} from './idea-place-names';
import { eventSpans } from './idea-name-context';
import { ideaMentions } from './idea-mentions';
import { trimLeading } from './idea-name-trim';
import { isWordNotName } from './idea-word-not-name';
import { thingAsName } from './idea-thing-names';
import { placeLists } from './idea-place-lists';
import { allCapsNames, withPlaceAcronyms } from './idea-name-acronyms';
import { docStats } from './doc-stats';
import { isKnownPlace } from './world-places';
import { tokenize, type Token } from './tokenize';
import { DETERMINERS } from './idea-person-phrases';
import { HONORIFICS, lexTags, nameTag } from './word-tables';
import { isEnglishWord } from './everyday-words';
import { prevWord, byWordsBefore, byPlaceCues } from './idea-name-verdicts';

/** One name in the idea with the verdict of what it names. */
export interface IdeaName {
  kind: 'person' | 'place' | 'object';
  /** The name without honorific ("Crowe"), or the place phrase ("Cornish coast"). */
  name: string;
  honorific?: string;
  start: number;
  end: number;
  /** Token range of the mention (honorific included). */
  first: number;
  last: number;
}

/** The tokens of the idea and the names in it, in text order. */
export function ideaNames(idea: string): { tokens: Token[]; names: IdeaName[] } {
  const tokens = withBarePossessives(tokenize(idea));
  const stats = docStats(tokens);
  const mentions = ideaMentions(idea, tokens, stats, allCapsNames(tokens));
  const names: IdeaName[] = [];
  const events = eventSpans(idea);
  for (const m of mentions) {
    // "the Day of the Dead", "New Year's Eve": a feast's words are neither people nor places.
    if (events.some(([s, e]) => m.start < e && m.end > s)) continue;
    const trimmed = trimLeading(tokens, m);
    if (!trimmed) continue;
    const named = classify(idea, tokens, trimmed);
    if (named) names.push(named);
  }
  return { tokens, names: placeLists(idea, withPlaceAcronyms(tokens, names)) };
}

/**
 * "tams girlfriend ines", "Rolfs stag night" typed without the apostrophe: a capitalised word that is another name
 * of the idea with an "s" after it, and no English word, is that name's possessive, split as "Tam" and "'s".
 */
function withBarePossessives(tokens: Token[]): Token[] {
  // Only lone names count, as owner and as owned: "the London Olympics" and the "Olympic Stadium" are no one's.
  const alone = (k: number) =>
    tokens[k]!.cap && tokens[k]!.word && !tokens[k - 1]?.cap && !tokens[k + 1]?.cap;
  const names = new Set(tokens.filter((t, k) => alone(k)).map((t) => t.text));
  return tokens.flatMap((t, k) => {
    const stem = t.text.slice(0, -1);
    const owns = alone(k) && t.text.endsWith('s') && tokens[k + 1]?.word === true;
    if (!owns || stem.length < 3 || !names.has(stem) || isEnglishWord(t.lower)) return [t];
    const owner = { ...t, text: stem, lower: stem.toLowerCase(), end: t.end - 1 };
    return [
      owner,
      { ...t, text: "'s", lower: "'s", start: t.end - 1, word: false, cap: false, sentStart: false },
    ];
  });
}

/** A job noun: "grower", "weaver", "florist", "guardian", "fisherman". */
const JOB_FORM = /(?:er|or|ist|ian|man|woman|smith|wright)$/;

/**
 * A lone capitalised word opening a sentence (or a labelled idea) that runs into a job and a name: "Diné weaver
 * Loretta Begay". The words between are nouns: a verb ("Sarah hires lawyer Tom") or a comma ends the pattern.
 */
function describesNextPerson(tokens: readonly Token[], m: NameMention): boolean {
  if (m.words.length !== 1 || nameTag(m.key)) return false;
  const before = tokens[m.first - 1];
  if (m.first > 0 && !tokens[m.first]?.sentStart && before?.text !== ':') return false;
  let k = m.last;
  // Nouns only: "Faith and her father Rusty" is two people.
  const noun = (t: Token | undefined) =>
    t?.word &&
    !t.cap &&
    !/[^s]s$/.test(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !/^(?:and|or|with)$/.test(t.lower);
  while (k < m.last + 3 && noun(tokens[k])) k++;
  const job = tokens[k - 1];
  return (
    k > m.last &&
    tokens[k]?.cap === true &&
    JOB_FORM.test(job!.lower) &&
    !lexTags(job!.lower).includes('Verb')
  );
}

function classify(idea: string, tokens: readonly Token[], m: NameMention): IdeaName | undefined {
  const base = { start: m.start, end: m.end, first: m.first, last: m.last };
  const compound = placeCompound(tokens, m.last);
  if (compound) {
    const end = tokens[m.last + compound.split(' ').length - 1]!.end;
    return { kind: 'place', name: `${m.words.join(' ')} ${compound}`, ...base, end };
  }
  if (isWordNotName(idea, tokens, m)) return undefined;
  const opener = openerBefore(tokens, m.first);
  if (opener !== undefined)
    return {
      kind: 'place',
      name: idea.slice(tokens[opener]!.start, m.end),
      ...base,
      start: tokens[opener]!.start,
    };
  // "Aalsmeer tulip grower Maarten", "Hasidic diamond cutter Mendel": a word before a job and a name says where
  // or what the person is from.
  if (describesNextPerson(tokens, m))
    return isKnownPlace(m.key) ? { kind: 'place', name: m.surface, ...base } : undefined;
  const prev = prevWord(tokens, m.first);
  const prev2 = prev ? prevWord(tokens, tokens.indexOf(prev)) : undefined;
  const honorific = m.honorific && HONORIFICS.has(m.honorific.toLowerCase()) ? m.honorific : undefined;
  const make = {
    person: (): IdeaName => ({
      kind: 'person',
      name: m.words.join(' '),
      ...(honorific ? { honorific } : {}),
      ...base,
    }),
    place: (): IdeaName => ({
      kind: 'place',
      name:
        compassBefore(tokens, m) +
        idea.slice(m.start, m.end).replace(/^the /i, '') +
        saintsPossessive(idea, m) +
        numberAfter(idea, m),
      ...base,
    }),
    object: (): IdeaName => ({ kind: 'object', name: m.words.join(' '), ...base }),
  };
  const thing = thingAsName(idea, tokens, m, make);
  if (thing) return thing;
  const around = { idea, tokens, m, prev, prev2, make };
  return byWordsBefore(around) ?? byPlaceCues(around);
}
