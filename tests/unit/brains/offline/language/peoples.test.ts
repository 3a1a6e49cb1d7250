// Tests of the table of peoples and of the demonym check built on it.
import { describe, expect, it } from 'vitest';
import table from '../../../../../resources/engine/language/peoples.json';
import { lexiconDemonyms, peoples } from '../../../../../scripts/build-peoples.mjs';
import { isDemonym } from '../../../../../src-main/brains/offline/language/word-tables';

describe('peoples', () => {
  it('is what the build script makes of the language list and its peoples (run it again if this fails)', () => {
    expect(table.words.split(' ')).toEqual(peoples());
  }, 30_000);

  it("holds compromise's demonyms as its lexicon tags them now (a new compromise: run the script again)", () => {
    expect(table.demonyms.split('|')).toEqual(lexiconDemonyms());
    expect(table.demonyms.split('|')).toEqual(
      expect.arrayContaining(['french', 'englishman', 'puerto rican']),
    );
  });

  it('makes words for a people demonyms, as written and in the plural ("Somali", "Sámi", "Uzbeks")', () => {
    for (const word of ['somali', 'sámi', 'quechua', 'yoruba', 'uzbeks', 'kenyan'])
      expect(isDemonym(word), word).toBe(true);
  });

  it('makes "-woman" words and compounds of peoples demonyms ("Englishwoman", "Irish-American", "Afro-Cuban")', () => {
    for (const word of ['englishwoman', 'frenchwomen', 'irish-american', 'afro-cuban', 'anglo-irish'])
      expect(isDemonym(word), word).toBe(true);
  });

  it('leaves out first names, places, faiths and hyphenated names ("Sami", "Tonga", "Catholic", "Mary-Kate")', () => {
    for (const word of ['sami', 'maya', 'tonga', 'catholic', 'mary-kate', 'jean-luc', 'woman'])
      expect(isDemonym(word), word).toBe(false);
  });
});
