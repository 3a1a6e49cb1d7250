// answerQuery: questions about a project answered from its data, with [[type:id|name]] markers and refs.
import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../../src-main/domain/answer-query';
import { stripRefMarkers } from '../../../src-main/domain/entity-refs';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { castFile, emptyFile } from './domain-fixtures';

describe('answerQuery', () => {
  const { file, ids } = castFile();

  it('main characters: those with a story role, protagonist before antagonist, as refs and markers', () => {
    const a = answerQuery(file, 'Who are the main characters?');
    expect(a.refs.map((r) => r.id)).toEqual([ids.sarah, ids.john]);
    expect(a.text).toBe(
      `The main characters: [[character:${ids.sarah}|Sarah Connor]] (protagonist), [[character:${ids.john}|John]] (antagonist).`,
    );
    expect(stripRefMarkers(a.text)).toBe(
      'The main characters: Sarah Connor (protagonist), John (antagonist).',
    );
  });

  it('main characters without roles: ranked by scenes, at most five', () => {
    const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const chars = names.map((name) => b.create('character', { name }).id);
    b.create('scene', { number: 1, heading: 'INT. ROOM - DAY', characterIds: [chars[6], chars[5]] });
    b.create('scene', { number: 2, heading: 'INT. ROOM - NIGHT', characterIds: [chars[6]] });
    const a = answerQuery(b.work, 'who are the main characters');
    expect(a.refs).toHaveLength(5);
    expect(a.refs.slice(0, 2).map((r) => r.name)).toEqual(['G', 'F']);
  });

  it('no characters: says so and suggests how to create one', () => {
    const a = answerQuery(emptyFile(), 'who are the main characters?');
    expect(a.refs).toEqual([]);
    expect(a.text).toContain('no characters yet');
  });

  it('relationship between two named characters (found by first name) with kind, label, tone and refs', () => {
    const a = answerQuery(file, 'what is the relationship between Sarah and John?', ['Sarah', 'John']);
    expect(stripRefMarkers(a.text)).toBe(
      'Sarah Connor and John: family (siblings) — close, strength 0.60, trust 0.70, 0 interactions.',
    );
    expect(a.refs.map((r) => r.id)).toEqual([ids.sarah, ids.john, ids.sarahJohn]);
  });

  it('no relationship recorded: says so, still referencing both', () => {
    const a = answerQuery(file, 'how do Maya and John get along?', ['Maya', 'John']);
    expect(stripRefMarkers(a.text)).toBe('Maya and John have no recorded relationship yet.');
    expect(a.refs.map((r) => r.id)).toEqual([ids.maya, ids.john]);
  });

  it('locations with no scenes: only the unused ones; none at all is not "every location is used"', () => {
    const a = answerQuery(file, 'Which locations have no scenes?');
    expect(a.refs.map((r) => r.id)).toEqual([ids.warehouse]);
    expect(stripRefMarkers(a.text)).toBe('Locations with no scenes: The Warehouse.');
    expect(answerQuery(emptyFile(), 'which locations have no scenes?').text).toBe(
      'There are no locations yet.',
    );
  });

  it('every location used → says so', () => {
    const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
    const loc = b.create('location', { name: 'Diner' }).id;
    b.create('scene', { number: 1, heading: 'INT. DINER - DAY', locationId: loc });
    expect(answerQuery(b.work, 'unused locations?').text).toBe(
      'Every location is used by at least one scene.',
    );
  });

  it('characters without scenes', () => {
    const a = answerQuery(file, 'which characters are not in any scene?');
    expect(a.refs.map((r) => r.id)).toEqual([ids.maya]);
    expect(answerQuery(emptyFile(), 'characters without scenes').text).toBe('There are no characters yet.');
  });

  it('counts with correct plurals', () => {
    expect(answerQuery(file, 'How many characters are there?').text).toBe('This project has 3 characters.');
    expect(answerQuery(file, 'how many scenes?').text).toBe('This project has 1 scene.');
    expect(answerQuery(file, 'how many shots do we have').text).toBe('This project has 0 shots.');
  });

  it('one character by alias: facts, description, scene and relationship counts', () => {
    const a = answerQuery(file, 'tell me about Sal', ['Sal']);
    expect(stripRefMarkers(a.text)).toBe(
      'Sarah Connor — 28, journalist, protagonist. A stubborn reporter. Appears in 1 scene, 1 relationship.',
    );
    expect(a.refs).toEqual([{ type: 'character', id: ids.sarah, name: 'Sarah Connor' }]);
  });

  it('one location: description (no doubled period) and the scenes that use it', () => {
    const a = answerQuery(file, 'tell me about the harbor', ['The Harbor']);
    expect(stripRefMarkers(a.text)).toBe('The Harbor — Fog and cranes. Used in scene 1.');
    expect(stripRefMarkers(answerQuery(file, 'what about the depot', ['Depot']).text)).toBe(
      'The Warehouse. Not used by any scene yet.',
    );
  });

  it('lists: locations, scenes, characters', () => {
    expect(answerQuery(file, 'list the places').refs.map((r) => r.id)).toEqual([ids.harbor, ids.warehouse]);
    expect(answerQuery(file, 'what are the scenes?').text).toBe('Scenes: 1. EXT. HARBOR - NIGHT.');
    expect(answerQuery(file, 'list every character').refs).toHaveLength(3);
    expect(answerQuery(emptyFile(), 'what scenes are there').text).toBe('There are no scenes yet.');
  });

  it('anything else: a project overview with a logline when there is one', () => {
    const a = answerQuery(file, 'what is this project?');
    expect(a.text).toBe('Domain Test (short-film): 3 characters, 2 locations, 1 scene, 0 shots.');
    const withLogline = { ...file, project: { ...file.project, logline: 'A reporter digs too deep' } };
    expect(answerQuery(withLogline, 'status?').text).toMatch(/Logline: A reporter digs too deep\.$/);
  });

  it('unknown names fall through to the general answers instead of failing', () => {
    const a = answerQuery(file, 'tell me about Zed', ['Zed']);
    expect(a.refs).toEqual([]);
    expect(a.text).toContain('Domain Test');
  });
});
