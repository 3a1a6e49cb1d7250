// Location list of prose: a bare name joins its full form ("Lamu" with "Island of Lamu"), and travel words cue places.
import { describe, expect, it } from 'vitest';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

const places = (text: string): string[][] =>
  findProseEntities(text).locations.map((l) => [l.name, ...l.aliases]);

describe('buildLocations', () => {
  it('joins a bare name to "<kind> of <name>" and to "Lake <name>" / "<name> River"', () => {
    expect(places('Have you heard of the Island of Quorra ? We go to Quorra in May .')).toEqual([
      ['Island of Quorra', 'Quorra'],
    ]);
    expect(places('We crossed Lake Vennor at dawn . The farms near Vennor were poor .')).toEqual([
      ['Lake Vennor', 'Vennor'],
    ]);
  });

  it('joins a two-word name without a kind of place to its first word ("Ashby Parva", "Ashby")', () => {
    expect(places('The Denholms live at Ashby Parva . Ashby is a fine place .')).toEqual([
      ['Ashby Parva', 'Ashby'],
    ]);
  });

  it('reads "<name> \'s Building" as one place', () => {
    expect(places("The letter came from Tarrant 's Building , in March .")).toEqual([
      ["Tarrant 's Building"],
    ]);
  });

  it('keeps a building apart from the town it is named after', () => {
    const g = places('We dined at Quorra Hall . Later we drove into Quorra for the post .');
    expect(g).toContainEqual(['Quorra Hall']);
    expect(g).toContainEqual(['Quorra']);
  });
});

describe('travel words', () => {
  it('reads "sailed from X" and "went to X" as places, and "a letter from X" not', () => {
    const a = findProseEntities('In May we sailed from Quorra , and in June we went to Vennor .');
    expect(a.locations.map((l) => l.name).sort()).toEqual(['Quorra', 'Vennor']);
    expect(findProseEntities('There was a letter from Vennor on the table .').locations).toEqual([]);
  });
});
