// Person cues from dialogue: speaker attributions ("…," said Anne) and vocatives ("Come here, Anne!").
import type { Token } from './tokenize';
import { ATTRIBUTION_VERBS } from './word-tables';

/** Quotation marks in plain, curly and LaTeX/PTB styles (pre-tokenised LitBank uses `` and ''). */
const QUOTES = new Set(['"', "''", '``', '“', '”', "'", '‘', '’']);
const CLAUSE_ENDS = new Set([',', '!', '?', '.', ';']);

const isQuote = (t: Token | undefined): boolean => !!t && QUOTES.has(t.text);

/** Score added for an attribution: a quotation closes, then "said" precedes the name. */
export const ATTRIBUTION_SCORE = 1.5;
/** Score added for a vocative: the name is set off by commas or quotes inside a quotation. */
export const VOCATIVE_SCORE = 1;

/**
 * Person evidence from dialogue around the name occupying tokens [first, last).
 * Attribution: `" … , " said Anne` or `" … " , cried Anne`. Vocative: `" Good morning , Anne . "`,
 * `" Anne , come here "` or `, Anne !`; places are rarely addressed, so both are person cues.
 */
export function dialogueCue(tokens: readonly Token[], first: number, last: number): number {
  const prev = tokens[first - 1];
  const next = tokens[last];
  let score = 0;
  if (prev?.word && ATTRIBUTION_VERBS.has(prev.lower)) {
    const before = tokens[first - 2];
    if (isQuote(before) || (before?.text === ',' && isQuote(tokens[first - 3]))) score += ATTRIBUTION_SCORE;
  }
  if (!prev || !next) return score;
  const after = tokens[last + 1];
  // ", Anne !" / ", Anne ?" / ", Anne , ..." / ", Anne . ''" inside a speech.
  const commaBefore = prev.text === ',';
  const endsSpeech = next.text === '!' || next.text === '?' || (CLAUSE_ENDS.has(next.text) && isQuote(after));
  if (commaBefore && endsSpeech) {
    score += VOCATIVE_SCORE;
  }
  return score;
}
