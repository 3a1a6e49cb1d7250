// What the words around a capitalised word of an idea say it is: a feast, a town, a firm, a brand, a letter's reader.
import {
  BRAND_NOUNS,
  COMPARISON_LABELS,
  EVENT_NAMES,
  GENRE_WORDS,
  PERSON_OBJECT_PHRASES,
  PERSONAL_THINGS,
  PLACE_NOUN_SET,
  RELATION_NOUNS,
  SALUTATIONS,
  SIGN_OFFS,
  WORK_LABELS,
  WORK_NOUNS,
} from './brief-words';
import type { NameMention } from './name-mentions';
import { isPersonNoun, phraseAfter } from './idea-person-phrases';
import { lexiconGender } from './idea-person-pronouns';
import type { Token } from './tokenize';
import { isWordAndName, readsAsPersonAfter } from './everyday-words';
import { isKnownPlace } from './world-places';
import { PLACE_HEADS, lexTags, nameTag } from './word-tables';
import { escapeRegex } from '../understand/text-utils';

/** "Founders' Day", "St. Crispin's Day": a name owning a Day is a feast, whoever it was named after. */
const OWNED_DAY = /(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}\p{L}*(?:['’]s|s['’])\s+(?:Day|Eve|Night)\b/gu;

/** Where the idea names a feast or holiday of more than one word, as [start, end) spans. */
export function eventSpans(idea: string): [number, number][] {
  const out: [number, number][] = [];
  for (const event of EVENT_NAMES) {
    if (!event.includes(' ')) continue;
    const re = new RegExp(`(?<![\\p{L}])${escapeRegex(event).replace(/'/g, "['’]")}(?![\\p{L}])`, 'giu');
    for (let m = re.exec(idea); m; m = re.exec(idea)) out.push([m.index, m.index + m[0].length]);
  }
  for (const m of idea.matchAll(OWNED_DAY)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** "'s only undertaker", "'s busiest market": after the possessive, the one job or place of its kind (not "only son"). */
export function ownsOneOfAKind(tokens: readonly Token[], possessive: number): boolean {
  const which = tokens[possessive + 1]?.lower ?? '';
  if (
    !/^(?:only|last|first|oldest|best|worst|busiest|biggest|largest|smallest|most|least)$/.test(which) &&
    !/est$/.test(which)
  )
    return false;
  const noun = tokens
    .slice(possessive + 2, possessive + 5)
    .find((t) => t.word && !t.cap && !/(?:est|ous|ful|ic)$/.test(t.lower));
  if (!noun || RELATION_NOUNS.has(noun.lower)) return false;
  return isPersonNoun(noun.lower) || PLACE_NOUN_SET.has(noun.lower);
}

/** Whether an appositive about a person follows the name that ends before token `last` (", the daughter of …"). */
export function describedAfter(tokens: readonly Token[], last: number): boolean {
  const head = phraseAfter(tokens, last).at(-1);
  return head !== undefined && isPersonNoun(head.lower);
}

/**
 * Whether a name opens with a first name: one the lexicon gives a gender, or one that is a word too ("Ray",
 * "Frank") before a surname ("from Ray Dupree"), unless the whole is a place ("Rose Hill", "Palm Beach").
 */
export function opensWithFirstName(words: readonly string[]): boolean {
  const first = words[0]!.toLowerCase();
  const tag = nameTag(first);
  if (tag === 'female' || tag === 'male') return true;
  const last = words[words.length - 1]!.toLowerCase();
  const key = words.join(' ').toLowerCase();
  return words.length > 1 && isWordAndName(first) && !PLACE_HEADS.has(last) && !isKnownPlace(key);
}

/** "Sports comedy: …": a word right before the genre word of a leading label qualifies the genre; it is no name. */
export function inGenreLabel(idea: string, m: NameMention): boolean {
  // "Sports drama:", "Oslo noir —", and a short label standing as its own sentence ("Buddy comedy. …").
  const label =
    /^([^:.!?—–]{1,40})(?::|\s[—–-]\s)/.exec(idea)?.[1] ?? /^([^:.!?—–]{1,25})\.\s/.exec(idea)?.[1];
  if (!label || m.end > label.length) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(idea.slice(m.end))?.[1]?.toLowerCase() ?? '';
  return GENRE_WORDS.includes(next);
}

/**
 * "Think Heat meets Little Women.": a pitch made of two titles names films, not people. The sentence is only the
 * titles, "meets" and a word to open it ("Ana meets Bo." is two people).
 */
export function inPitchComparison(idea: string, m: NameMention): boolean {
  const from = Math.max(idea.lastIndexOf('.', m.start), idea.lastIndexOf('\n', m.start)) + 1;
  const sentence = /[^.!?\n]*[.!?]?/.exec(idea.slice(from))?.[0] ?? '';
  const label = COMPARISON_LABEL.exec(sentence)?.[0];
  const compared = label !== undefined && COMPARED_TITLES.test(sentence.slice(label.length));
  return PITCH_COMPARISON.test(sentence) || compared || LABEL_LINE.test(lineBefore(idea, m.start));
}

/** The text of the line before `at`. */
const lineBefore = (idea: string, at: number): string => idea.slice(idea.lastIndexOf('\n', at - 1) + 1, at);

/**
 * "TITLE: Ossuary", "GENRE: Courtroom drama.", "Tone: Wes Anderson vibes": a name on a line that says what the work is
 * or is like, up to the end of that line or sentence, names no one in it.
 */
const LABEL_LINE = new RegExp(
  String.raw`^\s*(?:${[...WORK_LABELS, ...COMPARISON_LABELS].join('|')})\s*:[^.!?/|]*$`,
  'i',
);

/**
 * "Think A meets B.", "Basically A meets B", "COMPS: A meets B": an opener or a comparison's label, then capitalised
 * titles joined by "meets".
 */
const PITCH_TITLES = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,5}meets\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|in|on|and|to|it|like)\s*){1,7}[.!?:]?\s*$`;
const PITCH_COMPARISON = new RegExp(
  String.raw`^\s*(?:[Tt]hink|[Ii]magine|[Pp]icture|[Bb]asically|[Ii]t'?s|[Ii]t’s|[Ll]ike)\s+${PITCH_TITLES}`,
  'u',
);
/** The label, in any case, and the titles after it, in their own case. */
const COMPARISON_LABEL = new RegExp(String.raw`^\s*(?:${COMPARISON_LABELS.join('|')})\s*:\s*`, 'i');
const COMPARED_TITLES = new RegExp(`^${PITCH_TITLES}`, 'u');

const SALUTATION = new RegExp(String.raw`^\s*(?:${SALUTATIONS.join('|')})\s+$`);
const SIGN_OFF = new RegExp(String.raw`(?:^|[.!?\n]\s*)(?:${SIGN_OFFS.join('|')})\s*[,!.]?\s*$`, 'i');

/**
 * "Hi Odette — …", "Dear Prof. Amal, here is my logline", "… Best, Rolf": an idea pasted from a letter names its
 * reader and its sender, who are not in the story.
 */
export function inLetterFraming(idea: string, m: NameMention): boolean {
  const lineStart = idea.lastIndexOf('\n', m.start - 1) + 1;
  const before = idea.slice(lineStart, m.start).toLowerCase();
  // "Dear Tom": the greeting may stand in the mention as its title.
  const opening = /^\p{L}+/u.exec(idea.slice(m.start))?.[0].toLowerCase() ?? '';
  const greeted = SALUTATION.test(before) || (before.trim() === '' && SALUTATIONS.includes(opening));
  return greeted || (SIGN_OFF.test(idea.slice(0, m.start)) && /^[\s.!]*$/.test(idea.slice(m.end)));
}

/** "the offices of Brandt & Vos": surnames joined by "&" name a firm ("Ana & Luis" are two people). */
export function inFirmName(tokens: readonly Token[], m: NameMention): boolean {
  const second = tokens[m.first - 1]?.text === '&';
  const partner = second ? tokens[m.first - 2] : tokens[m.last + 1];
  const opener = second ? m.first - 2 : m.first;
  const given = (t: Token | undefined) => t !== undefined && lexiconGender(t.text) !== undefined;
  // "works for …", "the offices of …": a firm is named after a preposition; "two brothers, Jan & Piet" are two.
  const afterPreposition = /^(?:of|at|for|by|from|with)$/.test(tokens[opener - 1]?.lower ?? '');
  const amp = second || tokens[m.last]?.text === '&';
  return (
    amp &&
    afterPreposition &&
    partner?.cap === true &&
    m.words.length === 1 &&
    !given(tokens[m.first]) &&
    !given(partner)
  );
}

/** "Genre: …" opening the idea, a line, or a bulleted line ("- Setting: …"). */
export function opensLine(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return k === 0 || tokens[k]!.lineStart || (/^[-*•]$/.test(before?.text ?? '') && before!.lineStart);
}

/** "Rome, August.": a month after the one place word opening the sentence, ending it. */
export function endsDateline(tokens: readonly Token[], m: NameMention): boolean {
  const place = tokens[m.first - 2];
  return (
    tokens[m.first - 1]?.text === ',' &&
    place?.cap === true &&
    (place.sentStart || m.first === 2) &&
    /^[.:;—–-]$/.test(tokens[m.last]?.text ?? '.')
  );
}

/**
 * A brand or a work, not a person: "Norvik EV launch", "a 30s spot for Marden Tea", "our song 'Salt Moon'".
 */
export function namesBrandOrWork(idea: string, tokens: readonly Token[], m: NameMention): boolean {
  // "a rusty old Volvo", "posts it on Netflix": a firm the lexicon knows, and no name of a person, acting as none.
  // A firm of three letters is an acronym ("ESA"): written "Esa", it is someone's name.
  const acronym = m.key.length <= 3 && m.words[0] !== m.words[0]!.toUpperCase();
  const firm = m.words.length === 1 && lexTags(m.key).includes('Organization') && !nameTag(m.key) && !acronym;
  if (firm && !readsAsPersonAfter(idea.slice(m.end))) return true;
  let after = m.last;
  if (/^\p{Lu}{2,}$/u.test(tokens[after]?.text ?? '')) after++;
  if (BRAND_NOUNS.has(tokens[after]?.lower ?? '')) return true;
  if (tokens[m.first - 1]?.lower === 'for' && BRAND_NOUNS.has(tokens[m.first - 2]?.lower ?? '')) return true;
  const quoted =
    /['‘"“][^'‘’"“”]{0,20}$/.test(idea.slice(0, m.start)) && /^[^'‘’"“”]{0,20}['’"”]/.test(idea.slice(m.end));
  const before = idea
    .slice(Math.max(0, m.start - 30), m.start)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return quoted && before.some((w) => WORK_NOUNS.has(w));
}

/**
 * Whether the words after a name read as its person's verb: an age, a verb of the third person, an apposition (see
 * `readsAsPersonAfter`), or a verb in the past tense ("Temi ran …"); a year after a comma ("Kumasi, 1983.") is when.
 */
export function actsAfter(after: string): boolean {
  if (readsAsPersonAfter(after) && !/^\s*,?\s*\d{4}/.test(after)) return true;
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && lexTags(next).includes('PastTense');
}

/** "drives her little brother", "left his wife": a verb, then "her" or "his": the subject is a person, not a town. */
export function actsOnOwnPeople(after: string): boolean {
  const m = /^\s+(\p{Ll}+)\s+(?:her|his)\b/u.exec(after);
  return m !== null && lexTags(m[1]!).some((t) => t === 'Verb' || t === 'PresentTense' || t === 'PastTense');
}

/**
 * "trains under Sol Abel", "gives lessons to Mei", "a note addressed to Oti's brother": the words before the name end
 * in a verb or noun whose object after the preposition is a person, so the preposition says nothing of a place.
 */
export function personAfterPreposition(before: string): boolean {
  // The phrases are a few words long: only the end of the text before the name is read.
  const text = ` ${before.slice(-60).toLowerCase().replace(/\s+/g, ' ').trimEnd()}`;
  return PERSON_OBJECT_PHRASES.some((phrase) => text.endsWith(` ${phrase}`));
}

/**
 * "help from Pim, the teenager downstairs", "takes in Jun, 17,", "Tullio's letters": words after the name say it is
 * a person's (an appositive about a person, an age, something only a person owns), whatever preposition comes before.
 */
export function saidToBePerson(tokens: readonly Token[], m: NameMention, after: string): boolean {
  if (/^\s*,\s*\d{1,2}\s*[,.;)]/.test(after)) return true;
  // The appositive must end there or go on with "who": in "In Oslo, a retired cop must …" and "Houston, a
  // seamstress named Dot" it is the subject of what follows, not the place.
  const phrase = phraseAfter(tokens, m.last);
  const next = tokens[m.last + 1 + phrase.length]?.lower ?? '.';
  const closes = /^(?:who|whose|[,.;:!?)]|--|—)$/.test(next);
  if (phrase.length && isPersonNoun(phrase.at(-1)!.lower) && closes) return true;
  const owned = /^['’]s$/.test(tokens[m.last]?.text ?? '') ? tokens[m.last + 1]?.lower : undefined;
  return owned !== undefined && (RELATION_NOUNS.has(owned) || PERSONAL_THINGS.has(owned));
}

/** Words that end an appositive about a person ("a crane driver from Hull", "a nurse who …", "a widow, …"). */
const APPOSITIVE_CLOSERS = /^(?:who|whose|from|with|[,.;:!?)]|--|—)$/;

/**
 * "Devon, a retired crane driver from Hull,": a comma, "a" or "an", and up to five lower-case words ending in a
 * word for a person, then a word that closes the phrase. ("Houston, a seamstress named Dot" describes Dot.)
 */
export function describedAsPerson(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.text !== ',' || !/^an?$/.test(tokens[last + 1]?.lower ?? '')) return false;
  let k = last + 2;
  while (k < last + 7 && tokens[k]?.word && !tokens[k]!.cap && !APPOSITIVE_CLOSERS.test(tokens[k]!.lower))
    k++;
  return (
    k > last + 2 && APPOSITIVE_CLOSERS.test(tokens[k]?.lower ?? '.') && isPersonNoun(tokens[k - 1]!.lower)
  );
}
