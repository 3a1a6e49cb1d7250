// Lexicon sentiment: one negation rule shared by the scene sentiment and the prose analyzer's passages.
import { describe, expect, it } from 'vitest';
import {
  isNegated,
  sentimentSign,
  textSentiment,
} from '../../../../../src-main/brains/offline/language/text-sentiment';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { buildRelationships } from '../../../../../src-main/brains/offline/language/prose-relations';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, i: tokens.findIndex((t) => t.lower === word) };
};

describe('isNegated / sentimentSign', () => {
  it('flips a sentiment word after a negator up to three words before it', () => {
    const { tokens, i } = at('She was not at all kind to him.', 'kind');
    expect(isNegated(tokens, i)).toBe(true);
    expect(sentimentSign(tokens, i)).toBe(-1);
  });

  it('leaves a word alone when the negator is further away or absent', () => {
    const far = at('Not that it mattered, the stranger was kind.', 'kind');
    expect(isNegated(far.tokens, far.i)).toBe(false);
    expect(sentimentSign(far.tokens, far.i)).toBe(1);
  });

  it('reads a contracted negator ("wasn\'t", "n\'t")', () => {
    const { tokens, i } = at("He wasn't happy.", 'happy');
    expect(isNegated(tokens, i)).toBe(true);
  });

  it('gives 0 for words without sentiment and for punctuation', () => {
    const { tokens } = at('The door opened.', 'door');
    expect(tokens.map((_, i) => sentimentSign(tokens, i))).toEqual(tokens.map(() => 0));
  });
});

describe('textSentiment and the prose relations agree on one rule', () => {
  it('a negated positive word counts as negative in both', () => {
    const text = 'Anna was not kind to Tom. Tom was not happy with Anna.';
    const s = textSentiment(text);
    expect(s.positive).toBe(0);
    expect(s.negative).toBeGreaterThan(0);
    const tokens = tokenize(text);
    const span = (name: string) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));
    const characters = ['Anna', 'Tom'].map((name) => ({
      name,
      aliases: [],
      mentions: 2,
      importance: 'minor' as const,
      spans: span(name),
    }));
    const [rel] = buildRelationships(tokens, characters);
    expect(rel?.strength).toBeLessThan(0);
  });
});
