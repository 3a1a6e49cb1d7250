// A script's action prose read by the language core: cast named in each block, mention counts, stated bonds.
import { describe, expect, it } from 'vitest';
import { pairKey, readScriptProse } from '../../../../../src-main/brains/offline/language/script-prose';

describe('readScriptProse', () => {
  it('reads capitalised introductions and later mentions as the cast member', () => {
    const p = readScriptProse(
      ['ANNA (30s), a weary nurse, stirs a pot.', 'The kettle whistles.', 'Anna turns it off.'],
      ['ANNA', 'TOM'],
    );
    expect(p.named).toEqual([['ANNA'], [], ['ANNA']]);
    expect(p.mentions.get('ANNA')).toBe(2);
    expect(p.mentions.get('TOM')).toBe(0);
  });

  it('merges name forms by the shared person clustering: first name, honorific with surname', () => {
    const p = readScriptProse(
      ['Edith hums.', 'Dr. Okafor checks the chart.'],
      ['EDITH DUNMORE', 'NGOZI OKAFOR'],
    );
    expect(p.named).toEqual([['EDITH DUNMORE'], ['NGOZI OKAFOR']]);
  });

  it('keeps a declared name that is also an ordinary word, even at a sentence start', () => {
    const p = readScriptProse(['BRICK and STEEL get into the car.', 'Brick drives.'], ['BRICK', 'STEEL']);
    expect(p.mentions.get('BRICK')).toBe(2);
    expect(p.named[0]).toEqual(['BRICK', 'STEEL']);
  });

  it('does not count quoted text (signs), and a stray quote mark does not silence the next block', () => {
    const p = readScriptProse(['A sign reads "GURU 12 MI."', 'He says "wait', 'The Guru smiles.'], ['GURU']);
    expect(p.named).toEqual([[], [], ['GURU']]);
    expect(p.mentions.get('GURU')).toBe(1);
  });

  it('states the bond the prose gives two cast members, and leaves plain co-presence out', () => {
    const p = readScriptProse(
      ['ANNA stirs a pot while her brother TOM sets the table.', 'LEE waits by the door. Anna ignores him.'],
      ['ANNA', 'TOM', 'LEE'],
    );
    expect(p.kinds.get(pairKey('ANNA', 'TOM'))).toBe('family');
    expect(p.kinds.has(pairKey('ANNA', 'LEE'))).toBe(false);
  });

  it('leaves names that are no cast member out', () => {
    const p = readScriptProse(['Margaret drives to Boston.'], ['TOM']);
    expect(p.named).toEqual([[]]);
    expect(p.mentions.get('TOM')).toBe(0);
  });
});
