// What binds two people an idea names together: reciprocal verbs, shared bond words, couples and shared jobs.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';
import { groupKind } from '../../../../../src-main/brains/offline/language/idea-groups';
import { ideaNames } from '../../../../../src-main/brains/offline/language/idea-names';
import { describePerson, type IdeaPerson } from '../../../../../src-main/brains/offline/language/idea-person';

const kinds = (idea: string) => extractIdeaBrief(idea).relations.map((r) => `${r.a}-${r.b}:${r.kind}`);

describe('groupKind', () => {
  it('reads the verb a pair does to each other', () => {
    expect(
      kinds('Old schoolmates Yara and Hedda end up bidding against each other for a farm in Jutland.'),
    ).toEqual(['Yara-Hedda:rivalry']);
    expect(kinds('Piotr and Lena hate each other until the lift in their Gdynia flat breaks down.')).toEqual([
      'Piotr-Lena:enemy',
    ]);
  });

  it('reads every word of a phrase set after the pair, and a couple modifier', () => {
    expect(kinds('Ines and Bram, the two halves of a failing magic duo, tour Flanders.')).toEqual([
      'Ines-Bram:professional',
    ]);
    expect(kinds('Divorced detectives Odette and Kwame share one last case in Montreal.')).toEqual([
      'Odette-Kwame:romantic',
    ]);
  });

  it('makes two people who share a job colleagues, and joins names with "&" and "+"', () => {
    expect(kinds('Tomasz & Rui, two welders at a shipyard in Porto, find a stowaway.')).toEqual([
      'Tomasz-Rui:professional',
    ]);
    expect(kinds('twin sisters Ama + Efua run a ferry in Accra')).toEqual(['Ama-Efua:family']);
  });

  it("binds no pair that only one member's job describes", () => {
    expect(kinds('A violin teacher, Signe, and Jonas walk across Oslo.')).not.toContain(
      'Signe-Jonas:professional',
    );
  });
  it("reads a pair's tie in the clause right after them, even when each is someone else's relative", () => {
    expect(kinds('Greta and Ulla have run rival kiosks on one pier in Kiel for decades.')).toEqual([
      'Greta-Ulla:rivalry',
    ]);
    expect(
      kinds(
        "Greta and Ulla run rival kiosks in Kiel. Then Greta's grandson Nils and Ulla's granddaughter Frida fall in love.",
      ),
    ).toContain('Nils-Frida:romantic');
  });
  it('reads two colleagues sabotaging each other as rivals, not colleagues', () => {
    expect(
      kinds('Chemists Dr. Ilka Brandt and Dr. Soren Vik have been sabotaging each other for years.'),
    ).toEqual(['Ilka Brandt-Soren Vik:rivalry']);
  });
  it("does not read the last one's own appositive as the pair's when the first has one too", () => {
    const idea = 'Marta, a welder in Split, and Ivo, a tram driver in Zagreb, write letters.';
    const { tokens, names } = ideaNames(idea);
    const people: IdeaPerson[] = [];
    for (const n of names.filter((m) => m.kind === 'person'))
      people.push(describePerson(idea, tokens, n, people));
    expect(groupKind(idea, people[0]!, people[1]!)).toBeUndefined();
  });

  it('ties two people by a later sentence about "they", unless a one-word sentence named their bond', () => {
    expect(
      kinds('A retired boxer, Ade, coaches nobody. Then Lio moves in next door. They become friends.'),
    ).toEqual(['Ade-Lio:friendship']);
    expect(kinds('Brothers. Cairo. Sami lends Nabil money. They still hate each other.')).toEqual([
      'Sami-Nabil:family',
    ]);
  });

  it('reads a name typed without its apostrophe before a bond as that name owning it', () => {
    expect(kinds('road movie. characters are mia, her cousin leo, and leos girlfriend ana')).toContain(
      'Leo-Ana:romantic',
    );
  });

  it('reads colleagues from a shared workplace and lets a pair named again say what they are', () => {
    expect(
      kinds(
        'Omar, Sol and Teo work at the same garage in Leeds. Sol and Teo are brothers-in-law and never stop arguing.',
      ),
    ).toEqual(['Omar-Sol:professional', 'Omar-Teo:professional', 'Sol-Teo:family']);
  });

  it('reads homely kin words ("her nan ivy") as bonds that name the person after them', () => {
    expect(kinds('nora runs a chip shop in leeds with her nan ivy and her brother kit')).toEqual([
      'Nora-Ivy:family',
      'Nora-Kit:family',
    ]);
  });
});
