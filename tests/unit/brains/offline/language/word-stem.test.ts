// The light stemmer: a word's inflections share one stem; short words stay as written.
import { describe, expect, it } from 'vitest';
import { wordStem } from '../../../../../src-main/brains/offline/language/word-stem';

describe('wordStem', () => {
  it('gives the inflections of a verb one stem', () => {
    for (const group of [
      ['trust', 'trusts', 'trusted', 'trusting'],
      ['hate', 'hates', 'hated', 'hating'],
      ['date', 'dates', 'dated'],
      ['stop', 'stops', 'stopped'],
      ['study', 'studies', 'studied'],
    ])
      expect(new Set(group.map(wordStem)), group.join()).toHaveProperty('size', 1);
  });

  it('gives a noun and its plural one stem, and drops a possessive', () => {
    expect(wordStem('scenes')).toBe(wordStem('scene'));
    expect(wordStem('boxes')).toBe(wordStem('box'));
    expect(wordStem("director's")).toBe(wordStem('director'));
  });

  it('keeps short words and words that only look inflected', () => {
    expect(wordStem('this')).toBe('this');
    expect(wordStem('kiss')).toBe('kiss');
    expect(wordStem('status')).toBe('status');
    expect(wordStem('need')).toBe('need');
  });
});
