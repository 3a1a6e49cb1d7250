// One person of an idea, described from the words around the place where the idea first names them.
import type { BriefPerson } from '../../../../src-preload/contract/idea-brief';
import { MACHINE_NOUNS, PERSON_TITLES, PROTAGONIST_CUES, RELATION_NOUNS } from './brief-words';
import {
  ageOf,
  bondNamedAfter,
  bondOfNamedBefore,
  copulaBond,
  genderOf,
  occupationOf,
  possessionOf,
  type PersonBond,
} from './idea-person-cues';
import { DETERMINERS, isPersonNoun, phraseAfter, phraseBefore, phraseText } from './idea-person-phrases';
import type { IdeaName } from './idea-names';
import type { Token } from './tokenize';
import { isDemonym, lexTags } from './word-tables';

/** A person of the idea while the brief is being built: the public fields plus where the cues were found. */
export interface IdeaPerson extends BriefPerson {
  mention: IdeaName;
  /** Noun phrases describing the person, as written ("her estranged daughter", "a detective"). */
  phrases: string[];
  /** A possessive phrase ("her …", "Rosa's …") holding a relation noun: the bond and its owner's pronoun. */
  possessed?: PersonBond;
  machine: boolean;
  /** Character offset where the words describing this person begin (their phrase before the name). */
  from: number;
  /** Token index where each mention of the person starts, the first first (set once all are found). */
  mentionFirsts?: number[];
  /** Index of the person this one is coordinated with ("Abby and Beth"). */
  groupWith?: number;
  /** Which sentence of the idea names the person (0 for the first), and whether their phrase opens it. */
  sentence: number;
  opensSentence: boolean;
}

/**
 * The phrase before a name, less the verb that joins it to a person named just before it: in "Rosa hires former
 * cop Bram" the words after Rosa open with her verb, so only "former cop" describes Bram, and in "Liu challenges
 * Zhao" nothing does. An infinitive's verb ("to fight Baron Ulm") describes no one either.
 */
function describingPhraseBefore(
  tokens: readonly Token[],
  end: number,
  earlier: readonly IdeaPerson[],
): { words: Token[]; start: number } {
  const found = phraseBefore(tokens, end);
  // "the film follows Daan": the words that hand over the story describe no one.
  const said = found.words.map((w) => w.lower).join(' ');
  // "In 1979 Vince Moretti …": a year before the name is when, not what the person is.
  const when = found.words.length > 0 && found.words.every((w) => /^\d+s?$/.test(w.text));
  if (when || PROTAGONIST_CUES.some((cue) => said === cue || said.endsWith(` ${cue}`)))
    return { words: [], start: end };
  const opener = found.words[0];
  const prior = tokens[found.start - 1];
  // "trains him to fight Baron Ulm": one word after "to" that names no person is the verb of the infinitive.
  if (!opener) return found;
  const infinitive = prior?.lower === 'to' && found.words.length === 1 && !isPersonNoun(opener.lower);
  if (infinitive) return { words: [], start: end };
  if (!prior?.cap || !readsAsVerb(opener.lower)) return found;
  const afterPerson = earlier.some((q) => q.name.split(' ').includes(prior.text));
  if (!afterPerson) return found;
  const rest = found.words.slice(1);
  const head = rest[rest.length - 1];
  return head && isPersonNoun(head.lower)
    ? { words: rest, start: found.start + 1 }
    : { words: [], start: end };
}

/** A word with a verb's shape after a name: a tense the lexicon knows, or an -s form that names no person. */
function readsAsVerb(word: string): boolean {
  const tags = lexTags(word);
  if (tags.includes('PresentTense') || tags.includes('PastTense')) return true;
  return /[^s]s$/.test(word) && !isPersonNoun(word) && !tags.includes('Plural');
}

/**
 * "Ilka, Vera and Zora", "Ugo, Rosa and old Don Tito": a name set after another by a comma is in a list when one
 * more name follows.
 */
const LIST_GOES_ON =
  /^\s*(?:,\s*)?(?:and|&)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}|^\s*,\s*\p{Lu}[\p{Ll}'’-]+\s*(?:,|and\b|&)/u;

/** "… and Irish busker Niamh": a people's adjective before the next person's phrase is part of that phrase. */
function withoutDemonym(gap: string): string {
  const m = /^(.*\band\s+)(\p{Lu}\p{Ll}+)\s+$/u.exec(gap);
  return m && isDemonym(m[2]!.toLowerCase()) ? m[1]! : gap;
}

/**
 * "Ruy, and the mayor's niece, Delphine": "and" and a phrase for one person, set off by commas, before the
 * name ("and the three girls she fosters, Lina" names a new group, not one more of the first).
 */
function andOnePerson(gap: string): boolean {
  const m = /^\s*,?\s*and\s+(?:the|a|an|her|his|their)\s+((?:[\p{Ll}'’-]+\s+){0,3}([\p{Ll}-]+)),\s*$/u.exec(
    gap,
  );
  return Boolean(m && isPersonNoun(m[2]!) && !/[^s]s$/.test(m[2]!));
}

/**
 * Describes the person named at `n` from the phrases around the name: epithet, occupation, age, gender, a stated
 * bond, and whether they are coordinated with the person named just before ("Abby and Beth").
 */
export function describePerson(
  idea: string,
  tokens: readonly Token[],
  n: IdeaName,
  earlier: readonly IdeaPerson[],
): IdeaPerson {
  // "a mute boy named Samuel": the phrase before "named" describes the person.
  const namer = ['named', 'called'].includes(tokens[n.first - 1]?.lower ?? '') ? n.first - 1 : n.first;
  const before = describingPhraseBefore(tokens, namer, earlier);
  let phrases = before.words.length ? [phraseText(before.words)] : [];
  // "a cigar roller, Ernesto" / "his rival, the art dealer Kees Brand": a phrase before a comma describes too.
  const commaAt = before.words.length ? before.start - 1 : namer - 1;
  let phraseStart = before.words.length ? before.start : namer;
  if (tokens[commaAt]?.text === ',') {
    const outer = phraseBefore(tokens, commaAt);
    // "The O'Brien sisters, Maeve and …": a plural bond word binds the names that follow even without "the".
    const head = outer.words[outer.words.length - 1]?.lower ?? '';
    const pluralBond = /s$/.test(head) && RELATION_NOUNS.has(head);
    // Only a phrase about a person is an appositive: "Because … wants her out, the singer Greta" is a clause.
    // "… Lucía's father, Andrés": a named owner opens the phrase as a determiner does.
    const owned = /^['’]s$/.test(outer.words[1]?.text ?? '');
    const opens = outer.words.length && (DETERMINERS.has(outer.words[0]!.lower) || pluralBond || owned);
    // "the woman who taught him, senior potter Ines": a lone pronoun before the comma is an object, not a phrase.
    if (opens && !DETERMINERS.has(head) && isPersonNoun(head)) {
      phrases.unshift(phraseText(outer.words));
      phraseStart = outer.start;
    }
  }
  const after = phraseAfter(tokens, n.last);
  if (after.length) phrases.push(phraseText(after));
  phrases = phrases.filter(Boolean);
  const words = phrases.join(' ').toLowerCase().split(/\s+/).filter(Boolean);
  const titleWord = n.name.split(' ')[0]!.toLowerCase();
  const titled = n.name.includes(' ') && PERSON_TITLES.has(titleWord);
  const cueWords = titled ? [...words, titleWord] : words;
  const occupation = phrases.map((p) => occupationOf(p.split(/\s+/))).find(Boolean);
  const gender = genderOf(cueWords, n.honorific);
  const age = ageOf(cueWords, idea.slice(n.end, n.end + 40));
  const possessed =
    possessionOf(phrases) ??
    copulaBond(idea.slice(n.end, n.end + 180)) ??
    bondNamedAfter(idea.slice(Math.max(0, n.start - 120), n.start)) ??
    bondOfNamedBefore(idea.slice(Math.max(0, n.start - 80), n.start));
  const prevPerson = earlier[earlier.length - 1];
  const gap = prevPerson ? idea.slice(prevPerson.mention.end, tokens[phraseStart]!.start) : '';
  const coordinated =
    prevPerson &&
    (/^(?:\s*,[^,.;:]{0,60},)?\s*,?\s*(?:and|&|\+)\s*(?:,\s*)?$/.test(withoutDemonym(gap)) ||
      andOnePerson(gap) ||
      (/^\s*,\s*$/.test(gap) && LIST_GOES_ON.test(idea.slice(n.end))));
  const epithet = phrases[0];
  const machine = cueWords.some((w) => MACHINE_NOUNS.has(w));
  return {
    name: n.name,
    ...(occupation ? { occupation } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(gender ? { gender } : machine ? {} : {}),
    ...(epithet ? { epithet } : {}),
    mention: n,
    phrases,
    ...(possessed ? { possessed } : {}),
    machine,
    from: tokens[phraseStart]!.start,
    sentence: tokens.slice(1, n.first + 1).filter((t) => t.sentStart).length,
    opensSentence: tokens[phraseStart]!.sentStart,
    ...(coordinated ? { groupWith: earlier.length - 1 } : {}),
  };
}
