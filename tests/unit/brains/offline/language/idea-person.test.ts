// One person of an idea described from the words around their name: epithet, job, age, bond and coordination.
import { describe, expect, it } from 'vitest';
import { ideaNames } from '../../../../../src-main/brains/offline/language/idea-names';
import { describePerson, type IdeaPerson } from '../../../../../src-main/brains/offline/language/idea-person';

/** Describes each person name of the idea in turn, as the brief does (before clustering and pronouns). */
function described(idea: string): IdeaPerson[] {
  const { tokens, names } = ideaNames(idea);
  const out: IdeaPerson[] = [];
  for (const n of names.filter((m) => m.kind === 'person')) out.push(describePerson(idea, tokens, n, out));
  return out;
}

describe('describePerson', () => {
  it('reads the phrase before "named" and an appositive after the name', () => {
    const [rosa, ines] = described(
      'A retired safecracker named Rosa is pulled back in by her estranged daughter Inês, a detective.',
    );
    expect(rosa).toMatchObject({ name: 'Rosa', occupation: 'safecracker', epithet: 'A retired safecracker' });
    expect(rosa!.age).toBeGreaterThan(60);
    expect(ines).toMatchObject({
      name: 'Inês',
      phrases: ['her estranged daughter', 'a detective'],
      possessed: { noun: 'daughter', owner: 'her' },
      gender: 'female',
      occupation: 'detective',
    });
  });

  it('marks a person coordinated with the one named just before', () => {
    const [angus, rab] = described('Feuding brothers Angus and Rab must run a chip shop.');
    expect(angus!.groupWith).toBeUndefined();
    expect(rab!.groupWith).toBe(0);
  });

  it('reads a bond owned by a name before the comma ("Mio\'s father, Goran")', () => {
    const goran = described("Ilse falls for Mio's father, Goran, in Split.").find((p) => p.name === 'Goran');
    expect(goran).toMatchObject({ name: 'Goran', possessed: { noun: 'father', owner: 'Mio' } });
  });

  it('starts the description at the phrase before the name', () => {
    const idea = 'On the pier the old fisherman Tomás waits.';
    const [tomas] = described(idea);
    expect(idea.slice(tomas!.from)).toMatch(/^the old fisherman Tomás/);
  });
  it("does not read the verb joining two people as the second one's description", () => {
    const [, bram] = described('Rosa hires Bram to crack one last safe in Lisbon.');
    expect(bram).toMatchObject({ name: 'Bram', phrases: [] });
    expect(bram!.occupation).toBeUndefined();
    const [, zhao] = described(
      'Liu Dezhong challenges Zhao Wenjun, his rival since primary school, to a duel.',
    );
    expect(zhao).toMatchObject({ phrases: ['his rival'], possessed: { noun: 'rival', owner: 'his' } });
    const [, cop] = described('Rosa hires former cop Bram Voss.');
    expect(cop).toMatchObject({ epithet: 'former cop', occupation: 'cop' });
  });
});
