// Pronouns and possessives among an idea's people: genders read from pronouns and the owner of "her …".
import { describe, expect, it } from 'vitest';
import { ideaNames } from '../../../../../src-main/brains/offline/language/idea-names';
import { describePerson, type IdeaPerson } from '../../../../../src-main/brains/offline/language/idea-person';
import {
  ownerOf,
  pronounGenders,
} from '../../../../../src-main/brains/offline/language/idea-person-pronouns';

/** The idea's people described and given genders from pronouns, without the clustering step. */
function people(idea: string): IdeaPerson[] {
  const { tokens, names } = ideaNames(idea);
  const out: IdeaPerson[] = [];
  for (const n of names.filter((m) => m.kind === 'person')) out.push(describePerson(idea, tokens, n, out));
  pronounGenders(tokens, out);
  return out;
}

const named = (ps: readonly IdeaPerson[], name: string) => ps.find((p) => p.name === name)!;

describe('pronounGenders', () => {
  it('takes the gender of a pronoun between a name and the next name', () => {
    const ps = people('Zorn loses his map, and Quill finds it.');
    expect(named(ps, 'Zorn').gender).toBe('male');
  });

  it('gives the owner of "her daughter" the owner pronoun\'s gender', () => {
    const ps = people('Zorn is found by her daughter Quill, a detective.');
    expect(named(ps, 'Zorn').gender).toBe('female');
  });
});

describe('pronounGenders and ownerOf together', () => {
  it("reads a possessive introducing the next person as that person's owner, not as the nearest one's gender", () => {
    const ps = people('Zofia sues her tenant Quill in Gdańsk. Her stepson, Marek, takes his side.');
    expect(named(ps, 'Quill').gender).toBeUndefined();
    expect(ownerOf(ps, named(ps, 'Marek'))?.name).toBe('Zofia');
  });
});

describe('ownerOf', () => {
  it("points a possessive at the nearest earlier person of the pronoun's gender", () => {
    const ps = people('A safecracker named Rosa is hunted by her estranged daughter Inês.');
    expect(ownerOf(ps, named(ps, 'Inês'))?.name).toBe('Rosa');
  });

  it('points a named possessive at that person, and a person without a bond at no one', () => {
    const ps = people("Kofi trains hard while Kofi's rival Ben waits.");
    expect(ownerOf(ps, named(ps, 'Ben'))?.name).toBe('Kofi');
    expect(ownerOf(ps, named(ps, 'Kofi'))).toBeUndefined();
  });
  it('gives a possessive the owner of the same possessive just before it', () => {
    const ps = people(
      "Liu Dezhong challenges Zhao Wenjun, his rival, to a duel at his daughter Meimei's wedding.",
    );
    expect(ownerOf(ps, named(ps, 'Meimei'))?.name).toBe('Liu Dezhong');
  });
  it('gives a possessive opening a sentence to the one who opened the sentence before', () => {
    const ps = people('Tariq owes Abu Salim 4,000 dinars. His daughter Noor decides to earn it herself.');
    expect(ownerOf(ps, named(ps, 'Noor'))?.name).toBe('Tariq');
  });
});
