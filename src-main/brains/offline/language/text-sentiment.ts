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

/** A negator up to three words before ("not at all kind") flips a sentiment word (the prose analyzer has a twin to fold into this one). */
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

/** The sentiment of `text` from the shared word tables. */
export function textSentiment(text: string): TextSentiment {
  const tokens = tokenize(text);
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const sign = POSITIVE.has(t.lower) ? 1 : NEGATIVE.has(t.lower) ? -1 : 0;
    if (!sign) continue;
    if (sign > 0 !== isNegated(tokens, i)) positive++;
    else negative++;
  }
  return { positive, negative, score: (positive - negative) / (positive + negative + 1) };
}
