// Applies a correction the user makes mid-message ("as PDF, ugh, sorry, CSV") so the rest reads the final request.
import { LEXICON } from './lexicon';
import { NUMBER_PATTERN } from '../language/quantities';
import { opensRequest } from './request-clauses';

/**
 * A correction marker set off by punctuation: ", no, …", ", sorry, …", "... wait, …", ", scratch that, …", ", I
 * mean …", with hesitations before it (", ugh, no, …"). A bare "no" needs punctuation or another marker after it,
 * so ", no dialogue" stays a description. Dashes are plain hyphens here: the prepared text has normalised them.
 */
const MARKER_WORD = String.raw`(?:no(?=\s*[,.!…-]|\s+(?:wait|sorry|actually|make|i mean))|sorry|wait|actually|i mean|i meant|hold on|scratch that|or rather|rather|correction|never mind|nevermind|forget (?:it|that)|oops|eh|er)`;
const MARKER = new RegExp(
  String.raw`(?:\s*[,;(]|\s*\.{2,}|\s+-)\s*(?:(?:oh|ugh|hmm|um|uh)\s*,?\s+)*` +
    String.raw`${MARKER_WORD}(?:\s*[,.!…]*\s*${MARKER_WORD})*\s*[,.!…:-]*\s+`,
  'gi',
);

/** Words that restate the value rather than being it: "make it 6", "call it The Quay", "just the script". */
const RESTATING = /^(?:(?:make|call)\s+(?:it|that|them)|i\s+mean|just|rather)\s+/i;

const NUMBER_TOKEN = new RegExp(
  String.raw`\b${NUMBER_PATTERN}(?:[- ](?:seconds?|minutes?|mins?|hours?|years?|second|minute))?\b`,
  'gi',
);
const ARTICLE = /^(?:a|an|the|some)$/i;
/** A new request that points back ("make them cousins") needs what came before it: it is not applied. */
const PRONOUN = /\b(?:him|her|them|it|his|their|its)\b/i;
/** A correction that adds to what was said ("no, add Bo too", "and then…") replaces nothing. */
const ADDITIVE = /\b(?:too|as well|also)\b|^(?:then|and|plus)\b/i;

let kindTable: ReadonlyArray<readonly string[]> | undefined;

/** The vocabulary kinds a corrected value may belong to, each the phrases the lexicon lists for it. */
function kinds(): ReadonlyArray<readonly string[]> {
  kindTable ??= [
    [...LEXICON.formats.keys()],
    [...LEXICON.steps.keys()],
    [...LEXICON.occupations],
    LEXICON.genres,
    [...LEXICON.moods],
  ];
  return kindTable;
}

/** A letter, digit or apostrophe: a phrase must not run on into one ("pilot" is not in "pilot's"). */
const WORD_CHAR = /[a-z0-9']/;

/** Where the last of the phrases occurs in the lower-case text (whole words), if any. */
function lastPhrase(lower: string, phrases: readonly string[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const p of phrases) {
    const at = lower.lastIndexOf(p);
    if (at < 0 || (best && at <= best.start)) continue;
    if (WORD_CHAR.test(lower[at - 1] ?? ' ') || WORD_CHAR.test(lower[at + p.length] ?? ' ')) continue;
    best = { start: at, end: at + p.length };
  }
  return best;
}

/** Whether the lower-case text opens with one of the phrases (whole words). */
const opensWith = (lower: string, phrases: readonly string[]): boolean =>
  phrases.some((p) => lower.startsWith(p) && !WORD_CHAR.test(lower[p.length] ?? ' '));

const OPENS_WITH_NUMBER = new RegExp(String.raw`^${NUMBER_PATTERN}\b`, 'i');
const ONLY_NUMBER = new RegExp(String.raw`^${NUMBER_PATTERN}(?:[- ]\w+)?$`, 'i');

/**
 * A number replaces the last number: "Make Pim 33, no, 38" only the number; "2 scenes, er, 4 scenes at dusk"
 * everything from it, keeping the noun it counted when the correction leaves it out ("8 characters for a farce,
 * scratch that, 5 for a western").
 */
function replaceNumber(before: string, head: string): string | undefined {
  const last = [...before.matchAll(NUMBER_TOKEN)].at(-1);
  if (!last || !OPENS_WITH_NUMBER.test(head)) return undefined;
  const start = last.index ?? 0;
  const after = before.slice(start + last[0].length);
  if (ONLY_NUMBER.test(head)) return `${before.slice(0, start)}${head}${after}`;
  const counted = /^\s+([a-z]+)/i.exec(after)?.[1] ?? '';
  const [number = '', next = '', ...rest] = head.split(/\s+/);
  const keepNoun =
    LEXICON.entityNouns.has(counted.toLowerCase()) && !LEXICON.entityNouns.has(next.toLowerCase());
  const words = keepNoun ? [number, counted, next, ...rest] : [number, next, ...rest];
  return `${before.slice(0, start)}${words.filter(Boolean).join(' ')}`;
}

/** A value of the same kind replaces the last one: "as PDF, sorry, CSV", "a cooper, actually a wheelwright". */
function replaceSameKind(before: string, head: string): string | undefined {
  const headLower = head.toLowerCase();
  const bare = headLower.replace(/^(?:an?|the)\s+/, '');
  for (const phrases of kinds()) {
    if (!opensWith(bare, phrases)) continue;
    const old = lastPhrase(before.toLowerCase(), phrases);
    if (old)
      return `${before.slice(0, old.start)}${head.slice(headLower.length - bare.length)}${before.slice(old.end)}`;
  }
  return undefined;
}

/**
 * The correction starts again from a word said before: "to casting, wait, to the shot list", "Ilka and Pim, I mean
 * Ilka and Bo"; one that opens with an article from the last article ("a cooper, actually a wheelwright").
 */
function restartFrom(before: string, head: string): string | undefined {
  const headLower = head.toLowerCase();
  const first = (headLower.split(/\s+/)[0] ?? '').replace(/[^a-z0-9']/g, '');
  if (!first) return undefined;
  const word = ARTICLE.test(first) ? 'a|an|the|some' : first;
  const at = [
    ...before.toLowerCase().matchAll(new RegExp(String.raw`(?<![\w'])(?:${word})(?![\w'])`, 'g')),
  ].at(-1);
  if (!at) return undefined;
  // Mid-sentence the article is lower case again, so "The" is not read as the start of a name.
  const restart =
    word === first ? head : `${head.slice(0, first.length).toLowerCase()}${head.slice(first.length)}`;
  return `${before.slice(0, at.index ?? 0)}${restart}`;
}

/** The corrected text of `before` with `value` (what follows the marker), or undefined when it cannot tell. */
function replaceTail(before: string, value: string): string | undefined {
  const head = value.replace(RESTATING, '');
  if (ADDITIVE.test(head)) return undefined;
  // A new request altogether: "Delete the mill, hmm, no, undo my last change".
  if (opensRequest(head) && /\s/.test(head)) return PRONOUN.test(head) ? undefined : head;
  return replaceNumber(before, head) ?? replaceSameKind(before, head) ?? restartFrom(before, head);
}

/** The first marker after the message's start (a marker needs something before it to correct). */
function firstMarker(text: string): RegExpExecArray | undefined {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) if (m.index > 0) return m;
  return undefined;
}

/**
 * The message with each mid-message correction applied: the value before the marker gives way to the one after it.
 * A correction it cannot place is left as written.
 */
export function applySelfCorrections(text: string): string {
  let out = text;
  for (let guard = 0; guard < 3; guard++) {
    const m = firstMarker(out);
    if (!m) return out;
    const start = m.index ?? 0;
    const before = out.slice(0, start);
    const after = out.slice(start + m[0].length);
    // The correction runs to the next comma, sentence end or closing bracket; what follows is kept as written.
    const cut = after.search(/[,;.!?](?:\s|$)|\)/);
    const value = cut < 0 ? after : after.slice(0, cut);
    const rest = cut < 0 ? '' : after.slice(cut);
    const fixed = value.trim() ? replaceTail(before, value.trim()) : undefined;
    if (fixed === undefined) return out;
    // A correction in brackets ("5 (no, 7) scenes") leaves its closing bracket behind.
    out = `${fixed}${m[0].includes('(') ? rest.replace(/^\)/, '') : rest}`;
  }
  return out;
}
