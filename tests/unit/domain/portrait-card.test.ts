// The offline portrait card: drawn from age, build, hair, wardrobe colours and role colour; the same character, the same SVG.
import { describe, expect, it } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import {
  ROLE_COLOURS,
  portraitAttributes,
  portraitShapes,
  portraitSvg,
} from '../../../src-main/domain/portrait-card';

const character = (over: Partial<Character> = {}): Character => ({
  id: '01M8YVWADYW1S3QTS0M561X54G',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdVia: 'manual',
  provenance: {},
  name: 'Henrik Vass',
  aliases: [],
  goals: [],
  traits: [],
  wardrobe: [],
  ...over,
});

describe('portraitAttributes', () => {
  it('reads build, hair, skin and wardrobe colours from the profile words', () => {
    const a = portraitAttributes(
      character({
        age: 64,
        role: 'antagonist',
        appearance: 'A broad man with long red hair and olive skin, in a navy coat with a mustard scarf.',
      }),
    );
    expect(a).toMatchObject({
      age: 64,
      build: 'broad',
      role: 'antagonist',
      hair: { length: 'long', colour: '#a1461f' },
    });
    expect(a.skin).toBe('#c68c5e');
    expect(a.wardrobe).toEqual(['#1f2f5a', '#c9a227']);
  });

  it('greys the hair of an older character whose hair colour is not given, and reads bald as no hair', () => {
    expect(portraitAttributes(character({ age: 70, appearance: 'short hair' })).hair.colour).toBe('#9a9a9a');
    expect(portraitAttributes(character({ appearance: 'bald and slim' }))).toMatchObject({
      build: 'slim',
      hair: { length: 'none' },
    });
  });
});

describe('portraitShapes and portraitSvg', () => {
  it('draws the role colour, wider shoulders for a broad build, and age lines after fifty', () => {
    const young = portraitShapes(character({ age: 25, role: 'protagonist', appearance: 'slim' }));
    const old = portraitShapes(character({ age: 60, role: 'protagonist', appearance: 'broad' }));
    const width = (shapes: typeof young) => {
      const body = shapes.find((s) => s.kind === 'polygon' && s.points.length === 4);
      return body && body.kind === 'polygon' ? body.points[3]![0] - body.points[0]![0] : 0;
    };
    expect(width(old)).toBeGreaterThan(width(young));
    expect(young.some((s) => s.kind === 'rect' && s.fill === ROLE_COLOURS['protagonist'])).toBe(true);
    expect(old.filter((s) => s.kind === 'line').length).toBeGreaterThan(
      young.filter((s) => s.kind === 'line').length,
    );
  });

  it('is deterministic, self-contained and escapes the name', () => {
    const c = character({ name: 'Ana <Script> & Co', role: 'minor' });
    const svg = portraitSvg(c);
    expect(portraitSvg(c)).toBe(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=/i);
    expect(svg).toContain('Ana &lt;Script&gt; &amp; Co');
    expect(svg).toContain('>AS</text>');
  });
});
