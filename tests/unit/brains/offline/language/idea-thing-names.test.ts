// Tests that the idea brief reads storms, numbered roads, events, named groups, units and dateline towns as no
// people, names after a state, a town or a ship as places, and that a first name with no cue of a person does not
// lead when a later person has one.
import { describe, expect, it } from 'vitest';
import { readIdea as read } from './read-idea';

describe('extractIdeaBrief: names of things', () => {
  it('reads a named storm as no person ("Hurricane Odile", "storm Bertil")', () => {
    const r = read(
      'When Hurricane Odile cuts the island off, nurse Pilar Ruiz must deliver her sister Ana’s baby.',
    );
    expect(r.people).toEqual(['Pilar Ruiz', 'Ana']);
    expect(r.lead).toBe('Pilar Ruiz');
    expect(read('After storm Bertil, Lasse rebuilds the pier with his son Nils.').people).toEqual([
      'Lasse',
      'Nils',
    ]);
  });

  it('reads a label before a dash as no name ("Logline — …")', () => {
    const r = read('Logline — a ferryman, Teo, hides his brother Dario from the coast guard.');
    expect(r.people).toEqual(['Teo', 'Dario']);
    expect(r.lead).toBe('Teo');
  });

  it('reads a road or a unit with a number as a place ("Route 9", "Unit 12B")', () => {
    const r = read('Two brothers and Route 9: Piet and Kees drive their late mother’s van to the coast.');
    expect(r.people).toEqual(['Piet', 'Kees']);
    expect(r.places).toContain('Route 9');
    expect(read('Marta hides in Unit 12B with her son Jonah.').places).toContain('Unit 12B');
  });

  it('reads an event as no person, and the town in its name as a place ("the 1996 Leeds Festival")', () => {
    const r = read('At the 1996 Leeds Festival, a roadie, Gav Moss, falls for the singer Ruby Lane.');
    expect(r.people).toEqual(['Gav Moss', 'Ruby Lane']);
    expect(r.places).toContain('Leeds');
    expect(read('Ten years after the Carrot Parade, Ines meets her ex Joao again.').people).toEqual([
      'Ines',
      'Joao',
    ]);
  });

  it('reads what a group or a work is called as no person ("a cult called Ember")', () => {
    const r = read('A cult called Ember takes in a runaway, Lotte, and her cousin Bram.');
    expect(r.people).toEqual(['Lotte', 'Bram']);
    expect(r.lead).toBe('Lotte');
    // People, pets and machines so called are people.
    expect(read('A robot named Bolt guards a girl called Nia.').people).toEqual(['Bolt', 'Nia']);
  });

  it('reads a unit, an occasion and a dated town opening the idea as no people', () => {
    const r = read(
      'Dog Company, Veldhoven, winter 1944. Corporal Hank Orr carries the wounded Private Eli Stone.',
    );
    expect(r.people).toEqual(['Hank Orr', 'Eli Stone']);
    expect(r.places).toContain('Veldhoven');
    const night = read('Election night, 1997. A pollster, Jo Marsh, and her rival Tom Kidd count the votes.');
    expect(night.people).toEqual(['Jo Marsh', 'Tom Kidd']);
  });

  it('reads a quoted title after "video" as a work ("a music video for \'Nora Don’t Run\'")', () => {
    const r = read(
      "A music video for 'Nora Don't Run': a courier, Tomek, crosses Leeds at night to find Ailsa.",
    );
    expect(r.people).toEqual(['Tomek', 'Ailsa']);
  });
});

describe('extractIdeaBrief: a lead needs a cue of a person', () => {
  it('passes over a first name with no cue of a person for a later one with one', () => {
    const r = read(
      'Brandle vs. Kortex, 1962. In Turin, mechanic Sandro Vitti must choose between his team and his brother Gigi.',
    );
    expect(r.lead).toBe('Sandro Vitti');
  });

  it('keeps a first name with a verb in the past tense after it as the lead ("Temi ran …")', () => {
    const r = read('Temi ran a stall at the Dunmore Fair until Bayo Adeyemi, a rich trader, bought it.');
    expect(r.lead).toBe('Temi');
  });

  it('keeps a given name that is a town too a person when a verb follows it at the idea\'s start ("Kemi ran …")', () => {
    const r = read('Kemi ran a stall in the market until Bayo Adeyemi, a trader, bought it.');
    expect(r.people).toEqual(['Kemi', 'Bayo Adeyemi']);
    expect(r.lead).toBe('Kemi');
    // The same town opening a dateline stays the place.
    expect(read('Kemi, 1999. Aino runs a sauna with her son Eero.').places).toContain('Kemi');
  });

  it('keeps a first name with a cue after it as the lead ("Isaura, seventeen, …")', () => {
    expect(read('Isaura, seventeen, writes to a boy called Tiago whom she has never met.').lead).toBe(
      'Isaura',
    );
    expect(read('A ferry pilot, Joaquim, agrees to carry Severo Paz, the man who stole his wife.').lead).toBe(
      'Joaquim',
    );
  });
});

describe('extractIdeaBrief: places named after a kind of place', () => {
  it('reads the name after a state, a world or a people "of" as a place ("the kingdom of Varda")', () => {
    for (const idea of [
      'Mara grows up in the kingdom of Varda with her brother Tob.',
      'Mara flees the fictional nation of Norland with her brother Tob.',
      'Mara lands on the moon of Tesh with her brother Tob.',
      'The people of Ostrava hate Mara and her brother Tob.',
    ]) {
      const r = read(idea);
      expect(r.people, idea).toEqual(['Mara', 'Tob']);
      expect(r.places.length, idea).toBeGreaterThan(0);
    }
    expect(read('Mara, queen of Elvar, marries Tob.').places).toEqual(['Elvar']);
    // Kin of someone are people.
    expect(read('Mara meets the son of Tob.').people).toEqual(['Mara', 'Tob']);
  });

  it('reads a name after a kind of town as the town ("the outback town Kurrawong")', () => {
    const r = read('Mara returns to the outback town Kurrawong where her brother Tob waits.');
    expect(r.people).toEqual(['Mara', 'Tob']);
    expect(r.places).toContain('Kurrawong');
  });

  it('reads a named ship opening the sentence as the ship, though a verb follows ("The ship Orla sinks")', () => {
    const r = read('The ship Orla sinks off Brenn, and Mara must save her brother Tob.');
    expect(r.people).toEqual(['Mara', 'Tob']);
    expect(r.lead).toBe('Mara');
    // A bus or a train has no name: the name after it is the person's.
    expect(read('The bus Maria drives is late again.').people).toEqual(['Maria']);
    expect(read('Mara boards Flight 714 to Lagos with her brother Tob.').places).toContain('Flight 714');
  });
});
