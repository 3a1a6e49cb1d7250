// Tests of the world gazetteer: in step with its sources, free of English words and first names, and weighed
// below a person's own cues.
import { describe, expect, it } from 'vitest';
import table from '../../../../../resources/engine/language/world-places.json';
import regions from '../../../../../resources/engine/language/world-regions.json';
import { worldPlaces } from '../../../../../scripts/build-world-places.mjs';
import { isWorldPlace } from '../../../../../src-main/brains/offline/language/world-places';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

const names = (text: string) => {
  const a = findProseEntities(text);
  return { chars: a.characters.map((c) => c.name), locs: a.locations.map((l) => l.name) };
};

describe('world places', () => {
  it('is what the build script makes of GeoNames and the country list (run it again if this fails)', () => {
    expect(table.names.split('|')).toEqual(worldPlaces());
  }, 30_000);

  it('knows a town written with its own letters ("Tromsø", "Łódź", "Kraków")', () => {
    for (const place of ['tromsø', 'łódź', 'kraków', 'reykjavík']) expect(isWorldPlace(place)).toBe(true);
  });

  it('knows towns and countries by their plain names, with or without "the"', () => {
    for (const place of ['tver', 'cadiz', 'le havre', 'amiens', 'france', 'the netherlands'])
      expect(isWorldPlace(place), place).toBe(true);
  });

  it('leaves out towns named by English words or first names', () => {
    for (const word of ['reading', 'sydney', 'victoria', 'nice', 'orange'])
      expect(isWorldPlace(word), word).toBe(false);
  });

  it('makes a town named once a place, but not a person the text speaks of as one', () => {
    expect(names('The colonel had come back from Tver in the spring.').locs).toEqual(['Tver']);
    const r = names('"Stay here," said Ledyard. Ledyard smiled at her, and Ledyard went out.');
    expect(r.chars).toEqual(['Ledyard']);
    expect(r.locs).toEqual([]);
  });

  it('knows first-level regions with or without their kind word ("Hokkaido", "Kyoto Prefecture", "Finnmark")', () => {
    for (const place of ['hokkaido', 'kyoto prefecture', 'kyoto', 'finnmark', 'bavaria', 'thuringia'])
      expect(isWorldPlace(place), place).toBe(true);
  });

  it('keeps its regions sorted and without short names or words for a people ("Lol", "Somali")', () => {
    const names = regions.names.split('|');
    expect(names).toEqual([...names].sort());
    expect(names.filter((n) => n.length < 4)).toEqual([]);
    for (const word of ['lol', 'somali', 'georgia']) expect(names, word).not.toContain(word);
  });
});
