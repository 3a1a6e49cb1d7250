// What the phrases around names say: ties ("its", a lone object pronoun, verb lists), people after prepositions, kinds of place.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const kinds = (idea: string) => extractIdeaBrief(idea).relations.map((r) => `${r.a}-${r.b}:${r.kind}`);

describe('ideaRelations, phrases around the names', () => {
  it('gives what "its" owns to no one: the driver of a bus is not the next person\'s', () => {
    const idea =
      'The last tram in Kessel breaks down for good, and its driver Odile Marchal must share a route with her rival from the depot, Bertrand.';
    expect(kinds(idea)).toEqual(['Odile Marchal-Bertrand:rivalry']);
  });

  it('does not take an object "her" before a comma for the next person\'s possessive', () => {
    const idea =
      'Apprentice glassblower Ines Varga keeps lying for the man who taught her, senior blower Tomas Rehak, who has begun to go blind.';
    expect(kinds(idea)).toEqual(['Ines Varga-Tomas Rehak:mentor']);
  });

  it("groups two people when a people's adjective stands before the second one's job", () => {
    const idea =
      'At a ferry port near Ostend, Danish trucker Bo Lindgren and Irish busker Niamh Doyle quarrel, miss the boat and fall in love.';
    expect(kinds(idea)).toEqual(['Bo Lindgren-Niamh Doyle:romantic']);
  });

  it("ties a wedding's bride and groom to each other, whoever leads", () => {
    const idea =
      'The bride Odile, the groom Bastien and three days in Lyon, all seen by the caterer, Yannick.';
    expect(kinds(idea)).toContain('Odile-Bastien:romantic');
  });

  it('reads a patron or a benefactor as a working tie', () => {
    const idea =
      'Luz paints for the dealer Arno Feld, whose patron, Baroness Wyss, wants the gallery closed.';
    expect(kinds(idea)).toContain('Arno Feld-Wyss:professional');
  });

  it("reads the pair's tie in a list of their verbs, up to the next name", () => {
    const idea = 'Office rivals Pia and Lou argue, make up and get engaged, while Max watches.';
    expect(kinds(idea)).toContain('Pia-Lou:romantic');
  });

  it('reads bonds of two words and ex- bonds: a thesis supervisor, a sponsor, an ex-fiancé', () => {
    const idea =
      "Geologist Marta Ruiz finds her former thesis supervisor, Professor Iker Sola, dead in a cave. Her ex-fiancé Unai, the valley's only guard, suspects her. Marta's sponsor Rafa tells her to run.";
    expect(kinds(idea)).toEqual(
      expect.arrayContaining([
        'Marta Ruiz-Iker Sola:mentor',
        'Marta Ruiz-Unai:romantic',
        'Marta Ruiz-Rafa:mentor',
      ]),
    );
  });

  it('gives a plural bond to each of the list after it, who are family to each other', () => {
    const idea =
      'In Hue, Grandpa Vo will not sell the house until his three granddaughters, Kim, Lien and Hoa, are married.';
    expect(kinds(idea)).toEqual(
      expect.arrayContaining([
        'Vo-Kim:family',
        'Vo-Lien:family',
        'Vo-Hoa:family',
        'Kim-Lien:family',
        'Lien-Hoa:family',
      ]),
    );
  });

  it("makes the family of the lead's spouse the lead's family", () => {
    expect(kinds('Omar, his wife Salma and her brother Karim run a bakery in Fez.')).toEqual([
      'Omar-Salma:romantic',
      'Salma-Karim:family',
      'Omar-Karim:family',
    ]);
  });
});

describe('ideaBrief, people after prepositions and kinds of place', () => {
  const brief = (idea: string) => {
    const b = extractIdeaBrief(idea);
    return { people: b.people.map((p) => p.name), places: b.places.map((p) => p.name) };
  };

  it('reads a name after "trains under" or "gives lessons to" as a person, not a place', () => {
    expect(brief('The boxer Kit Mallon trains under Abe Rosner, the old cornerman.').people).toEqual([
      'Kit Mallon',
      'Abe Rosner',
    ]);
    expect(brief('Ilse Brandt gives lessons to Wu Lan in a cold flat.').places).not.toContain('Wu Lan');
    expect(brief('The choir sails to Tromsø in May.').places).toContain('Tromsø');
  });

  it('keeps a name a person after a preposition when an appositive, an age or a letter says so', () => {
    expect(brief('Nell gets help from Bram, the boy who lives downstairs.').places).not.toContain('Bram');
    expect(brief('Nell gets help from Bram, the boy who lives downstairs.').people).toContain('Bram');
    expect(brief('The widow takes in Kaito, 16, the son of her enemy.').people).toContain('Kaito');
    expect(brief("A clerk, Ivo, forges Malden's letters.").people).toContain('Malden');
    // A subject after an opening place is not an appositive of the place.
    expect(brief('In Lyon, a retired cop must find Ana.').places).toContain('Lyon');
  });

  it('does not take a verb after its subject for the kind of a place ("dig tunnels")', () => {
    const places = brief('Miners Owain Price and Rhys Bevan dig tunnels under the hill.').places;
    expect(places).toContain('tunnels');
    expect(places).not.toContain('dig tunnels');
    expect(brief('Owain Price runs a fishing trawler out of Milford.').places).toContain('fishing trawler');
  });
});
