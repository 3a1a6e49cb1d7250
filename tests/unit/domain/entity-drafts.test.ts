// entity-drafts: extracted attributes → model fields (validated, unknown keys dropped) and their short description.
import { describe, expect, it } from 'vitest';
import {
  characterFields,
  describeFields,
  locationFields,
  normalizeGender,
} from '../../../src-main/domain/entity-drafts';

describe('normalizeGender', () => {
  it.each([
    ['female', 'female'],
    ['Woman', 'female'],
    [' she ', 'female'],
    ['F', 'female'],
    ['male', 'male'],
    ['boy', 'male'],
    ['he', 'male'],
    ['non-binary', 'nonbinary'],
    ['nonbinary', 'nonbinary'],
    ['they', 'nonbinary'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });

  it('unknown words and non-strings give undefined', () => {
    expect(normalizeGender('robot')).toBeUndefined();
    expect(normalizeGender(3)).toBeUndefined();
    expect(normalizeGender(undefined)).toBeUndefined();
  });
});

describe('characterFields', () => {
  it('keeps valid known fields, trimmed and normalised', () => {
    expect(
      characterFields({
        age: 28,
        occupation: ' journalist ',
        gender: 'woman',
        role: 'Protagonist',
        description: ' Stubborn. ',
        traits: 'brave, loyal and stubborn',
        goals: ['find the truth'],
      }),
    ).toEqual({
      age: 28,
      occupation: 'journalist',
      gender: 'female',
      role: 'protagonist',
      description: 'Stubborn.',
      traits: ['brave', 'loyal', 'stubborn'],
      goals: ['find the truth'],
    });
  });

  it('accepts a numeric string age; rejects fractional, negative, absurd and non-numeric ages', () => {
    expect(characterFields({ age: '32' })).toEqual({ age: 32 });
    expect(characterFields({ age: ' 7 ' })).toEqual({ age: 7 });
    for (const age of [28.5, -1, 151, 'old', '', '  ', true, '3x', ['28']])
      expect(characterFields({ age })).toEqual({});
    expect(characterFields({ age: 0 })).toEqual({ age: 0 });
    expect(characterFields({ age: 150 })).toEqual({ age: 150 });
  });

  it('drops unknown roles, blank strings and unknown keys (never stores attributes blindly)', () => {
    expect(
      characterFields({ role: 'sidekick', occupation: '   ', favouriteColour: 'blue', name: 'Sarah' }),
    ).toEqual({});
  });

  it('free-text fields and list fields', () => {
    expect(
      characterFields({
        arc: 'learns to trust',
        appearance: 'tall',
        emotionalState: 'angry',
        voiceNotes: 'husky',
        aliases: 'Sal',
      }),
    ).toEqual({
      arc: 'learns to trust',
      appearance: 'tall',
      emotionalState: 'angry',
      voiceNotes: 'husky',
      aliases: ['Sal'],
    });
    expect(characterFields({ traits: [] })).toEqual({});
  });
});

describe('locationFields', () => {
  it('description, setting, time of day and props', () => {
    expect(
      locationFields({
        description: ' Fog and cranes ',
        setting: 'Exterior',
        timeOfDay: 'night',
        props: 'crates, a lamp and rope',
      }),
    ).toEqual({
      description: 'Fog and cranes',
      setting: 'exterior',
      timeOfDayOptions: ['NIGHT'],
      props: ['crates', 'a lamp', 'rope'],
    });
  });

  it('unknown settings and keys are dropped', () => {
    expect(locationFields({ setting: 'underwater', age: 3, occupation: 'pilot' })).toEqual({});
    expect(locationFields({ setting: 'both' })).toEqual({ setting: 'both' });
  });
});

describe('describeFields', () => {
  it('age, occupation, role, setting in that order; other fields are not described', () => {
    expect(describeFields({ role: 'protagonist', occupation: 'journalist', age: 28 })).toBe(
      '28, journalist, protagonist',
    );
    expect(describeFields({ setting: 'interior' })).toBe('interior');
    expect(describeFields({ age: 0 })).toBe('0');
    expect(describeFields({ description: 'x', traits: ['a'] })).toBe('');
    expect(describeFields({})).toBe('');
  });
});
