// Tests of the everyday-word table: in step with its sources, and free of first names.
import { describe, expect, it } from 'vitest';
import everyday from '../../../../../resources/engine/language/everyday-words.json';
import other from '../../../../../resources/engine/language/other-english-words.json';
import {
  everydayWords,
  firstNames,
  rarerWords,
  wordsThatAreNames,
} from '../../../../../scripts/build-everyday-words.mjs';
import {
  isEnglishWord,
  isEverydayWord,
} from '../../../../../src-main/brains/offline/language/everyday-words';

describe('everyday words', () => {
  it('is what the build script makes of SCOWL and the first-name lists (run it again if this fails)', () => {
    expect(everyday.words.split(' ')).toEqual(everydayWords());
    expect(other.alsoNames.split(' ')).toEqual(wordsThatAreNames());
    expect(other.rarer.split(' ')).toEqual(rarerWords());
  });

  it('knows English words that are first names or rarer as English words, but not as everyday ones', () => {
    for (const word of ['storm', 'hope', 'abeyance', 'naturally']) expect(isEnglishWord(word)).toBe(true);
    for (const word of ['storm', 'hope', 'abeyance']) expect(isEverydayWord(word)).toBe(false);
    for (const slip of ['lokation', 'charactors', 'emily']) expect(isEnglishWord(slip)).toBe(false);
  });

  it('holds common words and no first name', () => {
    for (const word of ['naturally', 'weird', 'correction', 'without', 'kind'])
      expect(isEverydayWord(word)).toBe(true);
    for (const name of ['grace', 'will', 'hope', 'emily', 'hunter']) expect(isEverydayWord(name)).toBe(false);
    const names = firstNames();
    expect(names.size).toBeGreaterThan(8000);
    expect(everyday.words.split(' ').filter((w) => names.has(w))).toEqual([]);
  });

  it('finds every word of the table by its search, and nothing between two words', () => {
    const words = everyday.words.split(' ');
    expect(words.filter((w) => !isEverydayWord(w))).toEqual([]);
    const listed = new Set(words);
    const between = words.flatMap((w) => [`${w}q`, w.slice(0, -1), `${w}-`]).filter((w) => !listed.has(w));
    expect(between.filter((w) => isEverydayWord(w))).toEqual([]);
    expect(isEverydayWord('')).toBe(false);
  });
});
