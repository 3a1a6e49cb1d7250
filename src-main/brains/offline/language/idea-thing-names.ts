// Capitalised names of an idea that name things, not people: storms, numbered roads, events, named groups, units.
import type { NameMention } from './name-mentions';
import {
  EVENT_HEADS,
  EVENT_NAMES,
  MONTHS,
  NAMED_GROUP_NOUNS,
  NAMED_PLACE_NOUNS,
  NUMBERED_PLACES,
  OCCASION_TIMES,
  PLACE_NOUN_SET,
  STORM_WORDS,
  VEHICLE_NOUNS,
  WEEKDAYS,
} from './brief-words';
import { isEnglishWord, readsAsPersonAfter } from './everyday-words';
import { isKnownPersonNoun } from './idea-person-phrases';
import { isKnownPlace, isWorldPlace } from './world-places';
import type { Token } from './tokenize';
import { ORG_HEADS, nameTag } from './word-tables';

/** What a thing's name is read as: a place ("Route 9", "Leeds" of "the Leeds Festival") or an object. */
interface ThingVerdict {
  kind: 'place' | 'object';
  /** Token index after the name's words (a town before an event's word ends before it). */
  last: number;
  /** The number written after a numbered place ("Route 9" keeps " 9"). */
  number?: string;
}

/** A name as the idea's names are kept: what it names, its words and where they are. */
interface SpannedName {
  name: string;
  start: number;
  end: number;
  last: number;
}

/**
 * The name of a thing made as the idea's name by `make`: a place ("Route 9"; "Leeds" of "the Leeds Festival") or
 * an object; `undefined` when it names no thing.
 */
export function thingAsName<T extends SpannedName>(
  idea: string,
  tokens: readonly Token[],
  m: NameMention,
  make: Record<'place' | 'object', () => T>,
): T | undefined {
  const thing = thingName(idea, tokens, m);
  if (!thing) return undefined;
  const whole = make[thing.kind]();
  if (thing.number && !whole.name.endsWith(thing.number))
    return { ...whole, name: whole.name + thing.number };
  if (thing.last === whole.last) return whole;
  const end = tokens[thing.last - 1]!.end;
  return { ...whole, name: idea.slice(whole.start, end), end, last: thing.last };
}

/** Whether the name is a thing's and, if so, what it is read as; `undefined` leaves it to the person rules. */
function thingName(idea: string, tokens: readonly Token[], m: NameMention): ThingVerdict | undefined {
  const span = { last: m.last };
  const firstWord = m.words[0]!.toLowerCase();
  const before = tokens[m.first - 1];
  if (STORM_WORDS.has(firstWord) && m.words.length > 1) return { kind: 'object', ...span };
  if (before && !before.cap && STORM_WORDS.has(before.lower)) return { kind: 'object', ...span };
  const number = numberedPlace(idea, m);
  if (number) return { kind: 'place', ...span, number };
  const event = eventName(tokens, m);
  if (event) return event;
  if (namedGroup(tokens, m)) return { kind: 'object', ...span };
  // "Dog Company, Veldhoven": a lone word that ends the names of firms and units ("Company", "Trust") names none.
  const orgWord = m.words.length === 1 && ORG_HEADS.has(firstWord) && isEnglishWord(firstWord);
  if (orgWord && !nameTag(firstWord) && !readsAsPersonAfter(idea.slice(m.end)))
    return { kind: 'object', ...span };
  if (occasion(tokens, m)) return { kind: 'object', ...span };
  if (datelineTown(tokens, m)) return { kind: 'place', ...span };
  return undefined;
}

/** "Route 9", "Unit 12": the number after a word for a road or a place (not "Maya 19", a given name). */
function numberedPlace(idea: string, m: NameMention): string | undefined {
  const head = m.words.at(-1)!.toLowerCase();
  if (!NUMBERED_PLACES.has(head) || nameTag(head)) return undefined;
  return /^\s+\d+[A-Za-z]?\b/.exec(idea.slice(m.end))?.[0];
}

/** "the 1996 Leeds Festival": an event, whose town, when the name opens with one, is a place of the story. */
function eventName(tokens: readonly Token[], m: NameMention): ThingVerdict | undefined {
  const last = m.words.at(-1)!.toLowerCase();
  if (m.words.length < 2 || !EVENT_HEADS.has(last)) return undefined;
  const town = m.words.slice(0, -1).join(' ').toLowerCase();
  if (isKnownPlace(town)) return { kind: 'place', last: m.last - 1 };
  return { kind: 'object', last: m.last };
}

/** "a cult called Ember": the name after "called"/"named" of a group, a firm or a work. */
function namedGroup(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!/^(?:called|named)$/.test(tokens[k]?.lower ?? '')) return false;
  const head = tokens[k - 1]?.lower ?? '';
  // A place or a vessel so called is a place ("a ship called the Meridian"): the place rules read it.
  const place = PLACE_NOUN_SET.has(head) || NAMED_PLACE_NOUNS.has(head) || VEHICLE_NOUNS.has(head);
  return NAMED_GROUP_NOUNS.has(head) && !place && !isKnownPersonNoun(head);
}

/** "Election night, 1997.", "Budget day:": a capitalised word and a word of time opening the sentence. */
function occasion(tokens: readonly Token[], m: NameMention): boolean {
  const next = tokens[m.last];
  const after = tokens[m.last + 1];
  return (
    m.words.length === 1 &&
    tokens[m.first]!.sentStart &&
    OCCASION_TIMES.has(next?.lower ?? '') &&
    /^[,.:;—–-]$/.test(after?.text ?? '')
  );
}

/**
 * "Dog Company, Veldhoven, winter 1944.", "Marlow Storage, Unit 4, Didcot.": a town of the world table in a
 * sentence of names, numbers and commas (no verb, so no one acts in it) is where the story is.
 */
function datelineTown(tokens: readonly Token[], m: NameMention): boolean {
  const listed = tokens[m.first - 1]?.text === ',' || tokens[m.last]?.text === ',';
  const notTown =
    nameTag(m.key.split(' ')[0]!) || EVENT_NAMES.has(m.key) || MONTHS.includes(m.key) || WEEKDAYS.has(m.key);
  if (!listed || notTown) return false;
  const sentence = sentenceAround(tokens, m.first);
  // A town the table lacks is one too when the line gives a year ("…, Veldhoven, winter 1944.").
  const dated = sentence.some((t) => /^(?:1[0-9]|20)\d\d$/.test(t.text));
  if (!isWorldPlace(m.key) && !(dated && m.words.length === 1)) return false;
  return sentence.every(
    (t) =>
      !t.word ||
      t.cap ||
      /^\d/.test(t.text) ||
      /^(?:of|the|and|in|at|on|winter|summer|spring|autumn|fall)$/.test(t.lower),
  );
}

/** The tokens of the sentence holding token `k`: found from `k` outwards, not by a pass over the whole idea. */
function sentenceAround(tokens: readonly Token[], k: number): Token[] {
  const sent = tokens[k]!.sent;
  let start = k;
  let end = k + 1;
  while (start > 0 && tokens[start - 1]!.sent === sent) start--;
  while (end < tokens.length && tokens[end]!.sent === sent) end++;
  return tokens.slice(start, end);
}
