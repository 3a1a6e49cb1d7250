// The name finder: runs of capitalised words, and names the document declares (a script's cast) kept whole.
import { describe, expect, it } from 'vitest';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import { tokenize, withShoutedNames } from '../../../../../src-main/brains/offline/language/tokenize';

const names = (text: string, declared?: ReadonlySet<string>) => {
  const tokens = tokenize(text);
  return findNameMentions(text, tokens, docStats(tokens), declared).map((m) => m.surface);
};

describe('findNameMentions', () => {
  it('drops an ordinary word at a sentence start and keeps a name with an honorific', () => {
    expect(names('Brick walls rose. Mrs. Dunmore waited.')).toEqual(['Mrs. Dunmore']);
  });

  it('drops a sentence-initial adverb the lexicon lacks ("Presently", "Gently") but not a name in "-ly"', () => {
    expect(names('Presently Hannah brought the tea. Gently Emily took it.')).toEqual(['Hannah', 'Emily']);
  });

  it('closes a place name with a kind of place that is never a name alone ("South End")', () => {
    expect(names('They spent the autumn at South End and the spring at Mile End.')).toEqual([
      'South End',
      'Mile End',
    ]);
  });

  it('does not take sisters counted together ("the two Miss Tarrants") for a name', () => {
    expect(names('Here come the two Miss Tarrants, and Miss Orme with them.')).toEqual(['Miss Orme']);
  });

  it('drops a rarer English word that only opens a sentence ("Middling, …"), not a name that does', () => {
    expect(names('"Middling, I think," said Hester. Quorrag laughed.')).toEqual(['Hester', 'Quorrag']);
  });

  it('splits "Mr. <Surname> of <Place>" into the person and the place, but keeps "Duke of <Place>"', () => {
    expect(names('She had met Mr. Denholm of Ashby Parva before.')).toEqual(['Mr. Denholm', 'Ashby Parva']);
    expect(names('She had met the Duke of Ashby before.')).toEqual(['Duke of Ashby']);
  });

  it('keeps words that are never names alone inside a name after its "of"', () => {
    expect(names('They rounded the Cape of Good Hope at last.')).toEqual(['Cape of Good Hope']);
  });

  it('keeps a declared name where an ordinary word would be dropped or split', () => {
    const text = 'Brick and Steel get in. Patron Two rolls her eyes.';
    expect(names(text)).not.toContain('Brick');
    expect(names(text, new Set(['brick', 'steel', 'patron two']))).toEqual(['Brick', 'Steel', 'Patron Two']);
  });

  it('drops an everyday word the lexicon lacks at a sentence start, but not the name of a street it opens', () => {
    expect(names('Overhearing Dunmore, the cook laughed.')).toEqual(['Dunmore']);
    expect(names('Foundry Street was crowded with carts.')).toEqual(['Foundry Street']);
  });

  it('reads a name in capitals as the name when the text also writes it capitalised', () => {
    const text = 'MISS TELLWRIGHT was not at home. CHAPTER TWO. Later Miss Tellwright came down.';
    const tokens = withShoutedNames(tokenize(text));
    const shouted = findNameMentions(text, tokens, docStats(tokens)).map((m) => m.surface);
    expect(shouted).toEqual(['MISS TELLWRIGHT', 'Miss Tellwright']);
  });

  it('reads a compound ending in a lower-case word as an adjective, unless it ends in a kind of place', () => {
    expect(names('She was a God-fearing woman and a Leeds-born one.')).toEqual([]);
    expect(names('He lodged in Pudding-lane near the river.')).toEqual(['Pudding-lane']);
  });
  it('starts a new name at a first name written right after a place name ("Thornfield Grange Catherine")', () => {
    expect(names('And of Thornfield Grange Catherine was thinking, while Anna waited.')).toEqual([
      'Thornfield Grange',
      'Catherine',
      'Anna',
    ]);
  });

  it('keeps a title that ends a hospital name, or comes before its kind of place, inside the name', () => {
    expect(names('He was taken to Mercy General after the crash.')).toEqual(['Mercy General']);
    expect(names('She works at Cedar Grove General Hospital now.')).toEqual(['Cedar Grove General Hospital']);
  });

  it('keeps a Korean given name whose last syllable is an English word too', () => {
    expect(names('The analyst Han Ji-woo audits her mother, Han Sook-ja.')).toEqual([
      'Han Ji-woo',
      'Han Sook-ja',
    ]);
  });

  it("reads a memorial as the kind of place that closes a saint's name", () => {
    expect(names("Night shift at St. Agnes's Memorial in Dunmore.")).toEqual([
      "St Agnes 's Memorial",
      'Dunmore',
    ]);
  });
});
