// Tests of extractEntities: several people in one message, kinship, places, scenes and relationships.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../../src-main/brains/offline/understand/extract-entities';

describe('extractEntities', () => {
  it('splits two people with their own attributes and links them', () => {
    const text = 'Sarah, a journalist, and her brother John, a cop';
    const { entities, relationships } = extractEntities(text);
    expect(entities.map((e) => [e.type, e.name, e.attributes])).toEqual([
      ['character', 'Sarah', { occupation: 'journalist', gender: 'female' }],
      ['character', 'John', { gender: 'male', occupation: 'cop' }],
    ]);
    expect(relationships).toEqual([{ source: 'Sarah', target: 'John', kind: 'family', label: 'brother' }]);
    const john = entities[1];
    expect(john && text.slice(john.span.start, john.span.end)).toBe('John');
  });

  it('handles three people with ages in parentheses and possessive kin', () => {
    const { entities, relationships } = extractEntities(
      'Mara, 30, a nurse, and her husband Tom (45), a retired cop, plus their daughter Lily',
    );
    expect(entities.find((e) => e.name === 'Mara')?.attributes).toMatchObject({
      age: 30,
      occupation: 'nurse',
    });
    expect(entities.find((e) => e.name === 'Tom')?.attributes).toMatchObject({
      age: 45,
      occupation: 'retired cop',
      gender: 'male',
    });
    expect(entities.find((e) => e.name === 'Lily')?.attributes.gender).toBe('female');
    expect(relationships.find((r) => r.target === 'Tom')).toMatchObject({
      source: 'Mara',
      kind: 'romantic',
      label: 'husband',
    });
  });

  it('reads a description that comes before "named"', () => {
    const [e] = extractEntities('Add a 35-year-old female detective named Ava Stone').entities;
    expect(e).toMatchObject({
      name: 'Ava Stone',
      attributes: { age: 35, occupation: 'detective', gender: 'female' },
    });
    expect(e?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('names a described location with a short title and keeps the phrase as description', () => {
    const [e] = extractEntities('Add a location: an abandoned lighthouse on the coast').entities;
    expect(e).toMatchObject({
      type: 'location',
      name: 'Abandoned Lighthouse',
      attributes: { description: 'an abandoned lighthouse on the coast' },
    });
  });

  it('keeps a proper location name as written', () => {
    const [e] = extractEntities(
      "Create a location called Joe's Diner, a greasy spoon by the highway",
    ).entities;
    expect(e).toMatchObject({
      type: 'location',
      name: "Joe's Diner",
      attributes: { description: 'a greasy spoon by the highway' },
    });
  });

  it("keeps a place name whole through words that are also jobs or titles ('Pilot', 'Master')", () => {
    const [e] = extractEntities(
      "Add a location called The Ferryman's Lantern, a tavern on the quay",
    ).entities;
    expect(e).toMatchObject({
      type: 'location',
      name: "The Ferryman's Lantern",
      attributes: { description: 'a tavern on the quay' },
    });
  });

  it('describes a scene with its characters, place and time of day', () => {
    const [e] = extractEntities('Add a scene where Sarah meets John at the diner at night').entities;
    expect(e).toMatchObject({
      type: 'scene',
      name: 'Sarah Meets John',
      attributes: { characters: ['Sarah', 'John'], location: 'the diner', timeOfDay: 'night' },
    });
  });

  it('reads relationship statements of several shapes', () => {
    expect(extractEntities('Sarah and John are siblings').relationships).toEqual([
      { source: 'Sarah', target: 'John', kind: 'family', label: 'siblings' },
    ]);
    expect(extractEntities("Rosa is Dev's older sister").relationships[0]).toMatchObject({
      source: 'Rosa',
      target: 'Dev',
      kind: 'family',
    });
    expect(extractEntities('Nadia hates Omar').relationships[0]).toMatchObject({ kind: 'enemy' });
    expect(extractEntities('Frank is the mentor of Mei').relationships[0]).toMatchObject({
      source: 'Frank',
      target: 'Mei',
      kind: 'mentor',
    });
  });

  it('uses known names from context even in lower case', () => {
    const { entities } = extractEntities('make priya a surgeon', { knownNames: ['Priya'] });
    expect(entities.map((e) => e.name)).toEqual(['Priya']);
  });
});
