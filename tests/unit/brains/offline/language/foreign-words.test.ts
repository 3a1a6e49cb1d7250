// The foreign function words: in step with stopwords-iso, free of English words and first names, and kept out of names.
import { describe, expect, it } from 'vitest';
import table from '../../../../../resources/engine/language/foreign-words.json';
import { foreignWords } from '../../../../../scripts/build-foreign-words.mjs';
import { isForeignFunctionWord } from '../../../../../src-main/brains/offline/language/foreign-words';
import { findNames } from '../../../../../src-main/brains/offline/understand/names';

const names = (text: string) => findNames(text).map((n) => n.name);

describe('foreign function words', () => {
  it('is what the build script makes of stopwords-iso (run it again if this fails)', () => {
    expect(table.words.split('|')).toEqual(foreignWords());
  }, 30_000);

  it('holds function words of other languages but no English word or first name', () => {
    for (const word of ['alors', 'wie', 'allora', 'pero', 'und'])
      expect(isForeignFunctionWord(word), word).toBe(true);
    for (const word of ['also', 'die', 'ana', 'the']) expect(isForeignFunctionWord(word), word).toBe(false);
  });

  it('keeps a foreign word opening a sentence out of the names, but not a name before English', () => {
    expect(names('Wie ist die relationship zwischen Ilka und Bodo?')).toEqual(['Ilka', 'Bodo']);
    expect(names('Alors, Margaux et Lenny sont rivals.')).toEqual(['Margaux', 'Lenny']);
    expect(names('Van Tassel is 60 now')).toEqual(['Van Tassel']);
    expect(names('New character: Dez, a 31 year old drummer')).toEqual(['Dez']);
  });
});
