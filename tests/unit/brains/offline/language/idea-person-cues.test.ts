// What a description says about a person: occupation, gender, age and a bond stated before or after the name.
import { describe, expect, it } from 'vitest';
import {
  ageOf,
  copulaBond,
  genderOf,
  occupationOf,
  possessionOf,
} from '../../../../../src-main/brains/offline/language/idea-person-cues';

const words = (phrase: string) => phrase.split(' ');

describe('occupationOf', () => {
  it('takes the head noun after age words and adjectives, in the singular', () => {
    expect(occupationOf(words('a retired safecracker'))).toBe('safecracker');
    expect(occupationOf(words('a former ferry pilot'))).toBe('ferry pilot');
    expect(occupationOf(words('two rival bakers'))).toBe('baker');
  });

  it('gives no job for a bond, a generic person or an adjective alone', () => {
    expect(occupationOf(words('her estranged daughter'))).toBeUndefined();
    expect(occupationOf(words('a young woman'))).toBeUndefined();
    expect(occupationOf(words('teenage'))).toBeUndefined();
  });
});

describe('genderOf', () => {
  it('reads the last gendered noun, then the honorific', () => {
    expect(genderOf(words('her estranged daughter'), undefined)).toBe('female');
    expect(genderOf(words('a detective'), 'Mr.')).toBe('male');
    expect(genderOf(words('a detective'), undefined)).toBeUndefined();
  });
});

describe('ageOf', () => {
  it('reads "N-year-old" after the name before an age word', () => {
    expect(ageOf(words('a retired pilot'), ', a 45-year-old pilot')).toBe(45);
    expect(ageOf(words('a retired pilot'), '')).toBeGreaterThan(60);
  });

  it('does not take the age of a bond ("an old friend") as the person\'s', () => {
    expect(ageOf(words('an old friend'), '')).toBeUndefined();
  });
});

describe('bonds', () => {
  it('finds a possessive phrase with a relation noun and its owner', () => {
    expect(possessionOf(['her estranged daughter'])).toEqual({ noun: 'daughter', owner: 'her' });
    expect(possessionOf(["Rosa's rival"])).toEqual({ noun: 'rival', owner: 'Rosa' });
    expect(possessionOf(['a detective'])).toBeUndefined();
  });

  it('reads a bond stated after the name, unless it points forward with "of"', () => {
    expect(copulaBond(', is the brother she gave up')).toEqual({
      noun: 'brother',
      owner: 'the',
      stated: 'after',
    });
    expect(copulaBond(' becomes the old friend of Jonny')).toBeUndefined();
    expect(copulaBond(' sails home')).toBeUndefined();
  });
});
