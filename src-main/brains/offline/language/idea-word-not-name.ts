// Capitalised words of an idea that are words there, not names: demonyms, sentence openers, dates, labels, firms.
import type { NameMention } from './name-mentions';
import {
  endsDateline,
  inFirmName,
  inGenreLabel,
  inLetterFraming,
  inPitchComparison,
  namesBrandOrWork,
  opensLine,
} from './idea-name-context';
import { isKnownPlace } from './world-places';
import { isSyllableName, type Token } from './tokenize';
import { opensSentenceAsWord } from './everyday-words';
import { DATELINE_AFTER, ERA_NOUNS, LABEL_WORDS, MONTHS, MONTH_LEAD_WORDS } from './brief-words';
import { isDemonym } from './word-tables';

// "The O'Brien sisters": a family name before a plural kin word names a family, not a person or place.
const FAMILY_PLURALS = new Set([
  'sisters',
  'brothers',
  'twins',
  'siblings',
  'cousins',
  'family',
  'boys',
  'girls',
]);

/** A pronoun run together with a verb ("we'd", "they're", "you'll", "i'm"). */
const PRONOUN_CONTRACTION = /^(?:i|you|he|she|it|we|they|there|that|who|what|here)['’](?:d|ll|re|ve|s|m)$/;

/** A capitalised word that is a word here, not a name: a demonym, an everyday sentence opener, a label, a modifier. */
export function isWordNotName(idea: string, tokens: readonly Token[], m: NameMention): boolean {
  if (m.words.length === 1 && isDemonym(m.key)) return true;
  // "We'd love your notes", "They're twins": a pronoun with its verb opens a sentence, it names no one.
  if (m.words.length === 1 && PRONOUN_CONTRACTION.test(m.key)) return true;
  // "asking about God": the deity of a faith is no character of the idea.
  if (m.key === 'god') return true;
  // "an English Egyptologist": a student of a people or a place is a job, capitalised for the name inside it.
  if (m.words.length === 1 && /\p{Ll}ologists?$/u.test(m.words[0]!)) return true;
  // "Basically a lonely keeper…": a lone everyday word opening a sentence is capitalised only for that.
  // "Bath, 1812." is where, not the everyday word.
  if (
    m.initial &&
    !m.honorific &&
    m.words.length === 1 &&
    !DATELINE_AFTER.test(idea.slice(m.end)) &&
    opensSentenceAsWord(m.words[0]!, idea.slice(m.end, m.end + 40), false)
  )
    return true;
  // "Saigon, April 1975": a month before a year is a date, and so is one ending a dateline ("Rome, August.").
  if (m.words.length === 1 && MONTHS.includes(m.key) && /^\s+(?:1\d|20)\d\d\b/.test(idea.slice(m.end)))
    return true;
  if (m.words.length === 1 && MONTHS.includes(m.key) && endsDateline(tokens, m)) return true;
  // "gone by June", "every April": a month after a word of time is when.
  const before = tokens[m.first - 1];
  const owns = /^['’]s$/.test(tokens[m.last]?.text ?? '');
  if (m.words.length === 1 && MONTHS.includes(m.key) && MONTH_LEAD_WORDS.has(before?.lower ?? '') && !owns)
    return true;
  if (inFirmName(tokens, m)) return true;
  if (inPitchComparison(idea, m) || inLetterFraming(idea, m) || namesBrandOrWork(idea, tokens, m))
    return true;
  if (
    m.words.length === 1 &&
    /^[:—–-]$/.test(tokens[m.last]?.text ?? '') &&
    LABEL_WORDS.has(m.key) &&
    opensLine(tokens, m.first)
  )
    return true;
  // "Edo period", "Meiji era": a name before a word for an age names the age.
  if (ERA_NOUNS.has(tokens[m.last]?.lower ?? '')) return true;
  if (FAMILY_PLURALS.has(tokens[m.last]?.lower ?? '')) return true;
  // "Sunday-league football", "Oscar-winning": a capitalised word joined to a lower-case one is a modifier
  // ("Port-au-Prince", ending on a capital, is a name).
  if (m.words.length === 1 && /-\p{Ll}[\p{Ll}-]*$/u.test(m.words[0]!) && !isSyllableName(m.words[0]!))
    return true;
  // "Mumbai thriller:": a known town in the label is where the story is set.
  return inGenreLabel(idea, m) && !isKnownPlace(m.key);
}
