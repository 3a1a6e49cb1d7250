// Behaviour tests of the prose analyzer: aliases, possessives, pre-tokenised text, spans, relationships.
import { describe, expect, it } from 'vitest';
import { analyzeProse } from '../../../../src-main/agents/analysis/analyze-prose';
import type { ProseCharacter } from '../../../../src-main/brains/offline/language/prose-types';

const find = (chars: ProseCharacter[], variant: string): ProseCharacter[] =>
  chars.filter((c) => c.name === variant || c.aliases.includes(variant));

describe('analyzeProse characters', () => {
  it('merges first name, honorific + surname and a nickname into one character', () => {
    const text = [
      'Elizabeth Bennet walked to the window and looked out.',
      'Elizabeth smiled at her sister, who said nothing.',
      'Miss Bennet, said the old man, you are late.',
      '"Lizzy, come here," said her mother.',
    ].join('\n\n');
    const { characters } = analyzeProse(text);
    const liz = find(characters, 'Elizabeth Bennet');
    expect(liz).toHaveLength(1);
    expect(liz[0]!.aliases).toEqual(expect.arrayContaining(['Elizabeth', 'Miss Bennet', 'Lizzy']));
    expect(liz[0]!.mentions).toBe(4);
    expect(liz[0]!.importance).toBe('major');
    expect(liz[0]!.gender).toBe('female');
  });

  it('treats possessives and pre-tokenised text like plain prose', () => {
    const text =
      'Sir Walter Elliot , of Kellynch Hall , never took up any book but the Baronetage .\n' +
      "Sir Walter 's vanity was great ; Walter Elliot admired himself .\n" +
      "Sir Walter's daughter said nothing .";
    const { characters } = analyzeProse(text);
    const walter = find(characters, 'Sir Walter Elliot');
    expect(walter).toHaveLength(1);
    expect(walter[0]!.aliases).toEqual(expect.arrayContaining(['Sir Walter', 'Walter Elliot']));
    expect(walter[0]!.mentions).toBe(4);
    expect(characters.some((c) => [c.name, ...c.aliases].some((n) => /'s/.test(n)))).toBe(false);
  });

  it('keeps Mr. and Mrs. with one surname apart', () => {
    const text =
      'Mr. Pontellier read the paper. Mrs. Pontellier watched the sea. Mr. Pontellier sighed. Mrs. Pontellier laughed.';
    const { characters } = analyzeProse(text);
    const ps = characters.filter((c) => /Pontellier/.test(c.name));
    expect(ps.map((c) => c.gender).sort()).toEqual(['female', 'male']);
  });

  it('gives spans that point at the mention text', () => {
    const text = 'When Margaret came in, Edith was asleep.\nMargaret sat by Edith and said nothing to Edith.';
    const { characters } = analyzeProse(text);
    for (const c of characters) {
      for (const s of c.spans) expect([c.name, ...c.aliases]).toContain(text.slice(s.start, s.end));
    }
    expect(find(characters, 'Edith')[0]!.spans).toHaveLength(3);
  });

  it('does not take sentence-initial ordinary words or organisations for people', () => {
    const text =
      'Fog everywhere. Fog up the river. Then Mary went out.\nThe Bible Society met. Mary said so.';
    const names = analyzeProse(text).characters.map((c) => c.name);
    expect(names).toContain('Mary');
    expect(names).not.toContain('Fog');
    expect(names).not.toContain('Bible Society');
  });
});

describe('analyzeProse locations', () => {
  it('finds gazetteer places and names with place head words', () => {
    const text =
      'They travelled from London to Rome. In Rome they took rooms near Harley Street.\nMary said London was dull.';
    const { locations, characters } = analyzeProse(text);
    const names = locations.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['London', 'Rome', 'Harley Street']));
    expect(locations.find((l) => l.name === 'Rome')!.mentions).toBe(2);
    expect(characters.map((c) => c.name)).not.toContain('London');
    const street = locations.find((l) => l.name === 'Harley Street')!;
    expect(text.slice(street.spans[0]!.start, street.spans[0]!.end)).toBe('Harley Street');
  });
});

describe('analyzeProse relationships', () => {
  it('signs strength by the sentiment of shared passages and picks a kind from cue words', () => {
    const warm = 'Anna loved her sister Clara. Anna kissed Clara and smiled; Clara was happy and grateful.';
    const cold = 'Boris hated Victor. Boris struck Victor in a cruel rage, and Victor feared his enemy.';
    const { relationships } = analyzeProse(`${warm}\n\n${cold}`);
    const ac = relationships.find((r) => [r.source, r.target].sort().join() === 'Anna,Clara')!;
    const bv = relationships.find((r) => [r.source, r.target].sort().join() === 'Boris,Victor')!;
    expect(ac.strength).toBeGreaterThan(0);
    expect(bv.strength).toBeLessThan(0);
    expect(ac.trust).toBeGreaterThan(bv.trust);
    expect(ac.kind).toBe('family');
    expect(bv.kind).toBe('enemy');
    expect(relationships.find((r) => [r.source, r.target].sort().join() === 'Anna,Boris')).toBeUndefined();
  });
});

describe('analyzeProse relationship kinds follow the text', () => {
  it('two people in love are romantic, not family, when a kin word is about someone else (failed before: family)', () => {
    const text =
      'Ines loved Marco. Marco kissed Ines on the stairs, and her mother watched them from the window.';
    const { relationships } = analyzeProse(text);
    const pair = relationships.find((r) => [r.source, r.target].sort().join() === 'Ines,Marco');
    expect(pair?.kind).toBe('romantic');
  });
});

describe('analyzeProse possessive titles', () => {
  it('reads "King \'s Chapel" as a place, not as King Chapel', () => {
    const a = analyzeProse("The bell of King 's Chapel rang . King's Chapel was old .");
    expect(a.characters).toEqual([]);
    expect(a.locations.map((l) => l.name)).toEqual(["King 's Chapel"]);
  });
});
