// Tests that the idea brief reads storms, numbered roads, events, named groups, units and dateline towns as no
// people, and that a first name with no cue of a person does not lead when a later person has one.
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

  it('keeps a first name with a cue after it as the lead ("Isaura, seventeen, …")', () => {
    expect(read('Isaura, seventeen, writes to a boy called Tiago whom she has never met.').lead).toBe(
      'Isaura',
    );
    expect(read('A ferry pilot, Joaquim, agrees to carry Severo Paz, the man who stole his wife.').lead).toBe(
      'Joaquim',
    );
  });
});
