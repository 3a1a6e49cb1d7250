// Lexicon sentiment of a stretch of text: positive and negative words, flipped by a negator just before them.
import { tokenize, type Token } from './tokenize';
import { NEGATIVE, NEGATORS, POSITIVE } from './word-tables';

/** Counts of sentiment words and the score the prose analyzer uses for a passage: (pos − neg) / (pos + neg + 1). */
export interface TextSentiment {
  positive: number;
  negative: number;
  /** −1..1; 0 when the text holds no sentiment word. */
  score: number;
}

/** A negator up to three words before ("not at all kind") flips a sentiment word. */
export function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === "n't") return true;
      continue;
    }
    if (NEGATORS.has(t.lower) || t.lower.endsWith("n't")) return true;
  }
  return false;
}

/**
 * What token `i` adds to a passage's sentiment: 1 for a positive word, -1 for a negative one, flipped when negated;
 * 0 for any other token. The one rule behind `textSentiment` and the prose analyzer's passage sentiment.
 */
export function sentimentSign(tokens: readonly Token[], i: number): -1 | 0 | 1 {
  const t = tokens[i]!;
  if (!t.word) return 0;
  const sign = POSITIVE.has(t.lower) ? 1 : NEGATIVE.has(t.lower) ? -1 : 0;
  if (!sign) return 0;
  return isNegated(tokens, i) ? (-sign as -1 | 1) : sign;
}

/** The sentiment of `text` from the shared word tables. */
export function textSentiment(text: string): TextSentiment {
  const tokens = tokenize(text);
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < tokens.length; i++) {
    const sign = sentimentSign(tokens, i);
    if (sign > 0) positive++;
    else if (sign < 0) negative++;
  }
  return { positive, negative, score: (positive - negative) / (positive + negative + 1) };
}
