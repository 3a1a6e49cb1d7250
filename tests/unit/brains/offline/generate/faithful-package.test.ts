// The offline package keeps the idea's period, places and people, and a new seed changes it without losing them.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';
import {
  generatePackage,
  type GenerateParams,
  type GeneratedPackage,
} from '../../../../../src-main/brains/offline/generate/index';
import { ANACHRONISMS, hasPhrase } from '../../../../../src-main/brains/offline/language/brief-words';
import { GENRES, SETTINGS } from '../../../../../src-main/brains/offline/generate/tables';

function generate(idea: string, seed: number): { pkg: GeneratedPackage; params: GenerateParams } {
  const params: GenerateParams = { idea, kind: 'short-film', seed };
  return { pkg: generatePackage(params, extractIdeaBrief(idea)), params };
}

/** Every word a crew would read for the period: jobs, places, props, wardrobe, vehicles and sounds. */
function periodWords(pkg: GeneratedPackage): string[] {
  return [
    ...pkg.characters.map((c) => c.occupation),
    ...pkg.locations.flatMap((l) => [l.name, ...l.props]),
    ...pkg.scenes.flatMap((s) => [
      s.heading,
      ...s.breakdown.props,
      ...s.breakdown.wardrobe,
      ...s.breakdown.vehicles,
      ...s.breakdown.sfx,
    ]),
  ];
}

const PERIOD_IDEA =
  'In 1888 London a matchgirl named Polly Briggs leads a strike against the factory owner Mr. Ashcroft.';
const CITY_IDEA =
  'A retired safecracker named Rosa is pulled back for one last heist in Lisbon by her estranged daughter Inês, a detective';

describe('faithful offline package', () => {
  it('gives an 1888 story nothing the period cannot have (no bus drivers, studio apartments or parking garages)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const words = periodWords(generate(PERIOD_IDEA, seed).pkg);
      const banned = ANACHRONISMS.filter((a) => 1888 < a.since).flatMap((a) => a.words);
      const found = words.filter((w) => banned.some((b) => hasPhrase(w, b)));
      expect(found, `seed ${seed}`).toEqual([]);
    }
  });

  it('keeps the named people with their stated relation and names the city in the opening heading', () => {
    for (const seed of [1, 2, 3]) {
      const { pkg } = generate(CITY_IDEA, seed);
      const names = pkg.characters.map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining(['Rosa', 'Inês']));
      expect(pkg.characters.find((c) => c.name === 'Rosa')?.role).toBe('protagonist');
      expect(pkg.scenes[0]!.heading).toMatch(/LISBON/);
      const keyOf = (n: string) => pkg.characters.find((c) => c.name === n)!.key;
      const bond = pkg.relationships.find(
        (r) => [r.sourceKey, r.targetKey].sort().join() === [keyOf('Rosa'), keyOf('Inês')].sort().join(),
      );
      expect(bond?.kind).toBe('family');
    }
  });

  it('moves the story on: no two scenes in a row share a location when there is another', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { pkg } = generate(CITY_IDEA, seed);
      const keys = pkg.scenes.map((s) => s.locationKey);
      const repeats = keys.filter((k, i) => i > 0 && k === keys[i - 1]);
      expect(new Set(keys).size).toBeGreaterThan(1);
      expect(repeats, `seed ${seed}: ${keys.join(' ')}`).toEqual([]);
    }
  });

  it('casts an invented antagonist as the opposing force the logline names, when that force is a person', () => {
    let checked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { pkg } = generate(CITY_IDEA, seed);
      const antagonist = pkg.characters.find((c) => c.role === 'antagonist');
      const role = Object.entries(GENRES.forceRoles).find(([force]) =>
        pkg.story.logline.includes(force),
      )?.[1];
      if (!antagonist || !role) continue;
      expect(antagonist.occupation).toBe(role);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('regenerating with a new seed gives a different package that is still about the idea', () => {
    const a = generate(CITY_IDEA, 11).pkg;
    const b = generate(CITY_IDEA, 12).pkg;
    const shape = (p: GeneratedPackage) =>
      JSON.stringify([p.story.title, p.story.logline, p.scenes.map((s) => s.heading), p.scenes[0]!.elements]);
    expect(shape(a)).not.toEqual(shape(b));
    for (const p of [a, b]) {
      expect(p.characters.map((c) => c.name)).toEqual(expect.arrayContaining(['Rosa', 'Inês']));
      expect(p.locations.map((l) => l.name)).toContain('Lisbon');
      expect(`${p.story.logline} ${p.story.synopsis}`).toMatch(/heist/);
    }
  });

  it('sets a story on a fjord by the sea, with the region naming its people, not in a contemporary city', () => {
    const idea = 'Two sisters, Ingrid and Solveig, run the last ferry across a Danish fjord in 1958.';
    const city = SETTINGS.settings['contemporary-city']!.locations.flatMap((l) => l.names);
    for (const seed of [1, 2, 3]) {
      const { pkg } = generate(idea, seed);
      expect(pkg.locations.map((l) => l.name)).toContain('Danish fjord');
      expect(pkg.locations.filter((l) => city.includes(l.name))).toEqual([]);
      expect(pkg.story.logline).toMatch(/the Danish fjord in 1958/i);
    }
  });

  it('invents no one who shares a first or family name with the people the idea names', () => {
    const idea = 'Detective Nora Hale hunts the forger Jack Kemp through rainy Boston.';
    for (let seed = 1; seed <= 40; seed++) {
      const invented = generate(idea, seed).pkg.characters.filter(
        (c) => c.name !== 'Nora Hale' && c.name !== 'Jack Kemp',
      );
      const words = invented.flatMap((c) => c.name.split(' '));
      expect(words.filter((w) => ['Nora', 'Hale', 'Jack', 'Kemp'].includes(w))).toEqual([]);
    }
  });

  it('casts every person the idea names, when it names two antagonists and a crowd besides', () => {
    const idea =
      'Mystery. Inspector Ravi Kohli and the cruel Baron Ulm hunt the smuggler Dora Vance in Tangier, ' +
      'while her son Pim, the clerk Odile Marsh and the boatman Saïd watch.';
    const brief = extractIdeaBrief(idea);
    expect(brief.people.filter((p) => p.role === 'antagonist').length).toBeGreaterThanOrEqual(2);
    for (const seed of [1, 2, 3]) {
      const names = generate(idea, seed).pkg.characters.map((c) => c.name);
      for (const p of brief.people) expect(names).toContain(p.name);
    }
  });
});
