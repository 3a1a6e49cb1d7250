// The people of an idea: name mentions clustered into one person each, in order, under their fullest name.
import { describe, expect, it } from 'vitest';
import { ideaNames } from '../../../../../src-main/brains/offline/language/idea-names';
import { ideaPeople } from '../../../../../src-main/brains/offline/language/idea-people';

const peopleOf = (idea: string) => {
  const { tokens, names } = ideaNames(idea);
  return ideaPeople(idea, tokens, names);
};

describe('ideaPeople', () => {
  it('merges a first name with the full name written earlier, kept under the full name', () => {
    const people = peopleOf('The drummer Jonny Vale quits the band, and Jonny never plays again.');
    expect(people.map((p) => p.name)).toEqual(['Jonny Vale']);
    expect(people[0]).toMatchObject({ occupation: 'drummer', mention: { name: 'Jonny Vale' } });
  });

  it('takes an everyday word opening the idea for a word, not a person', () => {
    expect(
      peopleOf('Basically a shy glassblower, Ilka, falls for a ferry pilot named Rune.').map((p) => p.name),
    ).toEqual(['Ilka', 'Rune']);
    expect(peopleOf('Heist comedy. Frankly the crew, led by Marit, is hopeless.').map((p) => p.name)).toEqual(
      ['Marit'],
    );
  });

  it('lists people in the order the idea first names them', () => {
    const people = peopleOf('A baker named Sunil hires a cellist, Marta, while his rival Dev watches.');
    expect(people.map((p) => p.name)).toEqual(['Sunil', 'Marta', 'Dev']);
  });

  it('gives each person a gender from pronouns after their name', () => {
    const people = peopleOf('Lars forgets his own wedding day.');
    expect(people[0]).toMatchObject({ name: 'Lars', gender: 'male' });
  });
});
