// Person cues from dialogue: speaker attributions ("…," said Anne) and vocatives ("Come here, Anne!").
import type { Token } from './tokenize';
import { ATTRIBUTION_VERBS } from './word-tables';

const OPENERS = new Set(['``', '“', '‘']);
const CLOSERS = new Set(["''", '”', '’']);
const CLAUSE_ENDS = new Set([',', '.', '!', '?', ';', ':', '--', '—']);
/** Words that may open an address inside a speech: "Oh , Anne", "Dear Anne ,". */
const ADDRESS_OPENERS = new Set(['oh', 'o', 'dear', 'my', 'ah']);
/** Words that address someone by kin or rank: the name beside them is not the addressee. */
const ADDRESS_WORDS = new Set([
  'sir',
  'madam',
  "ma'am",
  'mother',
  'father',
  'mama',
  'mamma',
  'papa',
  'dear',
  'darling',
  'uncle',
  'aunt',
  'child',
  'boy',
  'girl',
]);
/** How far from a quotation an attribution may sit: `" … , " said the old man , Anne` is too far. */
export const ATTRIBUTION_REACH = 3;

/** Score added for an attribution: a quotation closes, then "said" precedes the name (or follows it). */
export const ATTRIBUTION_SCORE = 1.5;
/** Score added for a vocative: the name is set off by commas or quotes inside a quotation. */
export const VOCATIVE_SCORE = 1;

/**
 * Person evidence from dialogue around the name occupying tokens [first, last); `inside` is `quotedTokens`.
 * Attribution: `" … , " said Anne`, `" … " , cried Anne` or `" … " Anne replied`. Vocative: `" Good morning ,
 * Anne . "`, `" Anne , come here "` or `, Anne !` inside a speech; places are rarely addressed, so both are person cues.
 */
export function dialogueCue(
  tokens: readonly Token[],
  first: number,
  last: number,
  inside: Uint8Array,
): number {
  if (isSpeaker(tokens, inside, first, last)) return ATTRIBUTION_SCORE;
  return isVocative(tokens, inside, first, last) ? VOCATIVE_SCORE : 0;
}

/**
 * Marks the tokens inside quotations. Curly and LaTeX quotes say which way they face; straight ones are read
 * from their spacing and line position, so one stray mark does not invert the rest of the book.
 */
export function quotedTokens(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  tokens.forEach((t, i) => {
    if (OPENERS.has(t.text)) open = true;
    else if (CLOSERS.has(t.text)) open = false;
    else if (t.text === '"') open = straightQuoteOpens(tokens, i, open);
    else if (open) inside[i] = 1;
  });
  return inside;
}

/**
 * Which way a straight quote faces: glued to the next word or first on its line, it opens; glued to the word
 * before it or last on its line, it closes; spaced on both sides (pre-tokenised text), it toggles.
 */
function straightQuoteOpens(tokens: readonly Token[], i: number, open: boolean): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.lineStart || (next && next.start === t.end && next.word)) return true;
  if (!next || next.lineStart || (prev && prev.end === t.start)) return false;
  return !open;
}

/** Whether a token is a quotation mark, straight or curly (the straight apostrophe aside). */
export const isQuoteMark = (t: Token | undefined): boolean =>
  !!t && (t.text === '"' || OPENERS.has(t.text) || CLOSERS.has(t.text));

/** True when the mention addresses someone: inside a speech and set off by commas, quote marks or "!"/"?". */
export function isVocative(
  tokens: readonly Token[],
  inside: Uint8Array,
  first: number,
  last: number,
): boolean {
  if (!inside[first] || !isSpeech(tokens, inside, first, last)) return false;
  const prev = tokens[first - 1];
  const next = tokens[last];
  const before = !prev || prev.text === ',' || isQuoteMark(prev) || ADDRESS_OPENERS.has(prev.lower);
  const after = !!next && (CLAUSE_ENDS.has(next.text) || isQuoteMark(next));
  // "Anne , Diana and I went": a name opening a list is not an address; in "Trafalgar , mother ." or
  // "Awfully , Mrs. Lennox ." the address is the kin word or the name after the comma.
  const listGoesOn = next?.text === ',' && tokens[last + 2]?.lower === 'and';
  const following = tokens[last + 1];
  const addressAfter =
    next?.text === ',' && !!following && (ADDRESS_WORDS.has(following.lower) || following.cap);
  return before && after && !listGoesOn && !addressAfter;
}

/** Words a quotation needs besides the name to be speech rather than a quoted term (`“ Quartier Francais , ”`). */
const MIN_SPEECH_WORDS = 2;

/** True when the quotation around tokens [first, last) holds a few more words than the name itself. */
function isSpeech(tokens: readonly Token[], inside: Uint8Array, first: number, last: number): boolean {
  let words = 0;
  for (let k = first - 1; k >= 0 && inside[k] && words < MIN_SPEECH_WORDS; k--) if (tokens[k]!.word) words++;
  for (let k = last; k < tokens.length && inside[k] && words < MIN_SPEECH_WORDS; k++)
    if (tokens[k]!.word) words++;
  return words >= MIN_SPEECH_WORDS;
}

/** True when the mention is the speaker of an adjacent quotation: `" … , " said Anne` or `" … " Anne replied`. */
export function isSpeaker(
  tokens: readonly Token[],
  inside: Uint8Array,
  first: number,
  last: number,
): boolean {
  if (inside[first]) return false;
  const verbBefore = tokens[first - 1];
  const verbAfter = tokens[last];
  const near = (from: number, step: number): boolean => {
    for (let k = from, n = 0; n < ATTRIBUTION_REACH && k >= 0 && k < tokens.length; k += step, n++)
      if (isQuoteMark(tokens[k])) return true;
    return false;
  };
  if (verbBefore?.word && ATTRIBUTION_VERBS.has(verbBefore.lower) && near(first - 2, -1)) return true;
  return !!verbAfter?.word && ATTRIBUTION_VERBS.has(verbAfter.lower) && near(first - 1, -1);
}
