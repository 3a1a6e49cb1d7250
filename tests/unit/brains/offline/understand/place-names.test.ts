// Place cues in chat messages: interior/exterior words split off place names, and sluglines read into parts.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../../src-main/brains/offline/understand/extract-entities';
import { findSlugline, splitSettingCue } from '../../../../../src-main/brains/offline/understand/place-names';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('splitSettingCue', () => {
  it.each([
    ['the old pier, exterior', 'the old pier', 'exterior'],
    ['EXT. old pier', 'old pier', 'exterior'],
    ['the harbour (outdoors)', 'the harbour', 'exterior'],
    ['the vault, interior', 'the vault', 'interior'],
    ['INT./EXT. pickup truck', 'pickup truck', 'both'],
  ])('%s → %s (%s)', (phrase, rest, setting) => {
    expect(splitSettingCue(phrase)).toEqual({ phrase: rest, setting });
  });

  it('leaves a cue word that is part of the name alone', () => {
    expect(splitSettingCue('an exterior wall of the fort')).toEqual({
      phrase: 'an exterior wall of the fort',
    });
  });
});

describe('findSlugline', () => {
  it('reads prefix, place and time, keeping a sub-place in the heading', () => {
    expect(findSlugline('add a scene EXT. HARBOUR WALL - DAWN with Ada')).toMatchObject({
      heading: 'EXT. HARBOUR WALL - DAWN',
      place: 'Harbour Wall',
      setting: 'exterior',
      time: 'DAWN',
    });
    expect(findSlugline('new scene int. the farmhouse - kitchen - morning')).toMatchObject({
      heading: 'INT. THE FARMHOUSE - KITCHEN - MORNING',
      place: 'Farmhouse',
      time: 'MORNING',
    });
    expect(findSlugline('a scene where the crew argues')).toBeUndefined();
  });
});

describe('extractEntities with place cues (failed before: the cue stayed in the name)', () => {
  it('an exterior location keeps the word out of its name', () => {
    const [place] = extractEntities('create a location: the lighthouse steps, exterior').entities;
    expect(place).toMatchObject({ type: 'location', name: 'Lighthouse Steps' });
    expect(place!.attributes.setting).toBe('exterior');
    const [named] = extractEntities("add an interior location called Ada's Workshop").entities;
    expect(named).toMatchObject({ name: "Ada's Workshop" });
    expect(named!.attributes.setting).toBe('interior');
  });

  it('a slugline scene carries heading, place, time and cast; only introduced people come along as characters', () => {
    const known = extractEntities('add a scene INT. BAKERY - MORNING where Ada greets Bo').entities;
    expect(known).toHaveLength(1);
    expect(known[0]!.attributes).toMatchObject({
      heading: 'INT. BAKERY - MORNING',
      location: 'Bakery',
      setting: 'interior',
      timeOfDay: 'MORNING',
      characters: ['Ada', 'Bo'],
    });
    const introduced = extractEntities(
      'add a scene INT. BAKERY - MORNING where Ada greets a baker named Bo',
    ).entities;
    expect(introduced.map((e) => [e.type, e.name])).toEqual([
      ['scene', 'INT. BAKERY - MORNING'],
      ['character', 'Bo'],
    ]);
  });
});

describe('place names ending in a number', () => {
  it.each([
    ['add a location named Pier Seven, a rotting jetty', 'Pier Seven'],
    ['new location called Hangar 12 near the runway', 'Hangar 12'],
    ['location: Dock Four Warehouse, the big one', 'Dock Four Warehouse'],
    ['new location: Platform 6', 'Platform 6'],
  ])('%s → %s', (text, name) => {
    const r = parseMessage(text);
    expect(r.params.entityType).toBe('location');
    expect(r.params.names).toEqual([name]);
  });

  it('does not take an age after a person for part of the name', () => {
    expect(parseMessage('add a character named Tomas, 32').params.names).toEqual(['Tomas']);
  });
});
