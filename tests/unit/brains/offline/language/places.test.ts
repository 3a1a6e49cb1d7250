// Multi-word place names: their words, and places told apart from people in a request.
import { describe, expect, it } from 'vitest';
import {
  isPlaceHead,
  isPlaceMention,
  isPlacePrefix,
} from '../../../../../src-main/brains/offline/language/places';
import { findNames } from '../../../../../src-main/brains/offline/understand/names';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('place words', () => {
  it('knows words that open and close place names', () => {
    expect(isPlacePrefix('Port')).toBe(true);
    expect(isPlaceHead('harbour')).toBe(true);
    expect(isPlacePrefix('Sarah')).toBe(false);
  });

  it('tells a place mention from a person', () => {
    const text = 'Kit and Noor meet in New Amsterdam near Bryant Park';
    const names = findNames(text).map((n) => n.name);
    expect(names).toEqual(['Kit', 'Noor', 'New Amsterdam', 'Bryant Park']);
    const kinds = findNames(text).map((n) => isPlaceMention(text, n));
    expect(kinds).toEqual([false, false, true, true]);
  });
});

describe('places in requests', () => {
  it('reads multi-word place names whole and keeps them out of the participants', () => {
    expect(parseMessage('add a location called Port Louis Old Town').params.names).toEqual([
      'Port Louis Old Town',
    ]);
    expect(parseMessage('have Kit and Noor argue in Hyde Park').params.participants).toEqual(['Kit', 'Noor']);
  });
});
