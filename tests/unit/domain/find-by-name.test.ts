// Name resolution: exact names and aliases (any case/spacing), possessives, unambiguous first/last names only.
import { describe, expect, it } from 'vitest';
import { findCharacter, findLocation, findNamedEntity } from '../../../src-main/domain/find-by-name';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { castFile, emptyFile } from './domain-fixtures';

describe('findCharacter / findLocation', () => {
  const { file, ids } = castFile();

  it('exact name, ignoring case and extra spaces', () => {
    expect(findCharacter(file, 'Sarah Connor')?.id).toBe(ids.sarah);
    expect(findCharacter(file, '  sarah   CONNOR ')?.id).toBe(ids.sarah);
    expect(findLocation(file, 'the harbor')?.id).toBe(ids.harbor);
  });

  it('aliases', () => {
    expect(findCharacter(file, 'sal')?.id).toBe(ids.sarah);
    expect(findLocation(file, 'Depot')?.id).toBe(ids.warehouse);
  });

  it('possessives (straight and curly apostrophes)', () => {
    expect(findCharacter(file, "John's")?.id).toBe(ids.john);
    expect(findCharacter(file, 'Sarah’s')?.id).toBe(ids.sarah);
  });

  it('an unambiguous first or last name, or a word of a place name', () => {
    expect(findCharacter(file, 'Sarah')?.id).toBe(ids.sarah);
    expect(findCharacter(file, 'Connor')?.id).toBe(ids.sarah);
    expect(findLocation(file, 'Warehouse')?.id).toBe(ids.warehouse);
  });

  it('an ambiguous partial name resolves to nothing (never a guess)', () => {
    const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
    b.create('character', { name: 'Sarah Connor' });
    b.create('character', { name: 'Sarah Lee' });
    expect(findCharacter(b.work, 'Sarah')).toBeUndefined();
    expect(findCharacter(b.work, 'Sarah Lee')?.name).toBe('Sarah Lee');
    // "The" is part of both place names: not a name on its own.
    expect(findLocation(castFile().file, 'the')).toBeUndefined();
  });

  it('an exact match wins over partial matches', () => {
    const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
    const sarah = b.create('character', { name: 'Sarah' }).id;
    b.create('character', { name: 'Sarah Connor' });
    expect(findCharacter(b.work, 'sarah')?.id).toBe(sarah);
  });

  it('unknown, empty or blank names resolve to nothing; substrings are not words', () => {
    expect(findCharacter(file, 'Zed')).toBeUndefined();
    expect(findCharacter(file, '')).toBeUndefined();
    expect(findCharacter(file, '   ')).toBeUndefined();
    expect(findCharacter(file, 'Sar')).toBeUndefined();
    expect(findCharacter(file, 'Jo')).toBeUndefined();
  });

  it('characters and locations are separate namespaces', () => {
    expect(findCharacter(file, 'The Harbor')).toBeUndefined();
    expect(findLocation(file, 'John')).toBeUndefined();
  });
});

describe('findNamedEntity', () => {
  const { file, ids } = castFile();

  it('returns the type with the entity', () => {
    expect(findNamedEntity(file, 'john')).toMatchObject({ type: 'character', entity: { id: ids.john } });
    expect(findNamedEntity(file, 'harbor')).toMatchObject({ type: 'location', entity: { id: ids.harbor } });
    expect(findNamedEntity(file, 'nobody')).toBeUndefined();
  });

  it('a character wins over a location with the same name', () => {
    const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
    const person = b.create('character', { name: 'Madison' }).id;
    b.create('location', { name: 'Madison' });
    expect(findNamedEntity(b.work, 'Madison')).toMatchObject({ type: 'character', entity: { id: person } });
  });
});
