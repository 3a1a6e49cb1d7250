// Tests of requests that add a person related to someone already named, and of unnamed person descriptions.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../../src-main/brains/offline/understand/extract-entities';
import { findAnchor } from '../../../../../src-main/brains/offline/understand/new-person';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('a new person related to an existing one', () => {
  it('creates only the newcomer and keeps the anchor as context', () => {
    const r = parseMessage("Add Sarah's brother John, a cop");
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({
      entityType: 'character',
      names: ['John'],
      occupation: 'cop',
      gender: 'male',
      relationKind: 'family',
    });
    expect(r.params.attributes).toEqual({ relatedTo: 'Sarah', label: 'brother' });
  });

  it('reads "give X a sister called Y", "a mentor for X: Y, 60" and "X has a brother called Y"', () => {
    expect(parseMessage('Give Sarah a sister called Ana').params).toMatchObject({
      entityType: 'character',
      names: ['Ana'],
      gender: 'female',
    });
    expect(parseMessage('Add a mentor for John: Professor Hale, 60').params).toMatchObject({
      names: ['Professor Hale'],
      age: 60,
      relationKind: 'mentor',
    });
    expect(parseMessage('Sarah has a brother called John').params).toMatchObject({
      names: ['John'],
      attributes: { relatedTo: 'Sarah' },
    });
    const unnamed = parseMessage('Nora needs a sister');
    expect(unnamed).toMatchObject({
      intent: 'create',
      params: { entityType: 'character', gender: 'female' },
    });
    expect(unnamed.params.names).toBeUndefined();
  });

  it('links the two people in the extraction', () => {
    const { entities, relationships } = extractEntities("Add Sarah's brother John, a cop");
    expect(entities.find((e) => e.name === 'John')?.attributes).toEqual({
      gender: 'male',
      occupation: 'cop',
    });
    expect(relationships).toEqual([{ source: 'Sarah', target: 'John', kind: 'family', label: 'brother' }]);
    expect(extractEntities('Give Sarah a sister called Ana').relationships).toEqual([
      { source: 'Sarah', target: 'Ana', kind: 'family', label: 'sister' },
    ]);
    expect(extractEntities('Add a mentor for John: Professor Hale, 60').relationships[0]).toMatchObject({
      source: 'John',
      target: 'Professor Hale',
      kind: 'mentor',
    });
  });

  it('finds the anchor only in anchored phrasings', () => {
    expect(findAnchor("add @n's sister @n")).toEqual({ index: 0, relation: 'sister' });
    expect(findAnchor('add @n, a cop')).toBeUndefined();
    expect(findAnchor('@n and @n are siblings')).toBeUndefined();
  });
});

describe('a person described without a name', () => {
  it.each([
    ['Create a character who is a 30-year-old pilot', { age: 30, occupation: 'pilot' }],
    ['I need a new character: a grumpy 70-year-old fisherman', { age: 70, occupation: 'fisherman' }],
    ['add someone who works as a nurse', { occupation: 'nurse' }],
    ['Add a 30-year-old pilot', { age: 30, occupation: 'pilot' }],
  ] as const)('%s', (text, attrs) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...attrs });
    expect(r.params.names).toBeUndefined();
  });

  it('does not take an object for a person', () => {
    expect(parseMessage('make a poster for the film').params.occupation).toBeUndefined();
    expect(parseMessage('write a letter from Sarah to John').intent).not.toBe('create');
  });
});
