// Unit tests of the entity-marker parser: chips for known types, literal text for everything that is not a marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityExists, parseMarkers, stripMarkers } from '../../../../src-renderer/src/lib/entity-markers';
import { character, ID, snapshot } from '../fixtures';

describe('parseMarkers', () => {
  it('splits a reply into text and entity segments', () => {
    expect(parseMarkers('Created character [[character:01ABC|Sarah]] (28, journalist).')).toEqual([
      { kind: 'text', text: 'Created character ' },
      { kind: 'entity', type: 'character', id: '01ABC', name: 'Sarah' },
      { kind: 'text', text: ' (28, journalist).' },
    ]);
  });

  it('handles adjacent markers, markers at the edges and several types', () => {
    expect(parseMarkers('[[character:A1|Sarah]][[location:B2|The Harbor Diner]]')).toEqual([
      { kind: 'entity', type: 'character', id: 'A1', name: 'Sarah' },
      { kind: 'entity', type: 'location', id: 'B2', name: 'The Harbor Diner' },
    ]);
  });

  it('renders unknown types as their name and leaves broken markers literal', () => {
    expect(parseMarkers('a [[planet:X1|Mars]] b')).toEqual([{ kind: 'text', text: 'a Mars b' }]);
    expect(parseMarkers('[[character:A1|Sarah] and [[character|x]]')).toEqual([
      { kind: 'text', text: '[[character:A1|Sarah] and [[character|x]]' },
    ]);
    expect(parseMarkers('')).toEqual([]);
  });

  it('falls back to the id when the name is blank', () => {
    expect(parseMarkers('[[scene:S9| ]]')).toEqual([{ kind: 'entity', type: 'scene', id: 'S9', name: 'S9' }]);
  });

  it('keeps every character of text without markers, in one segment', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('[[')),
        (text) => {
          expect(stripMarkers(text)).toBe(text);
          expect(parseMarkers(text).length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('stripMarkers and entityExists', () => {
  it('replaces markers by names', () => {
    expect(stripMarkers('Linked [[character:A|Sarah]] and [[character:B|Tom]].')).toBe(
      'Linked Sarah and Tom.',
    );
  });

  it('finds entities by type and id', () => {
    const entities = snapshot([character(1, 'Ada')]).file.entities;
    expect(entityExists(entities, 'character', ID(1))).toBe(true);
    expect(entityExists(entities, 'character', ID(2))).toBe(false);
    expect(entityExists(entities, 'location', ID(1))).toBe(false);
  });
});
