// Tests of number, ordinal, duration and age reading.
import { describe, expect, it } from 'vitest';
import {
  findAge,
  findCount,
  findDurationSec,
  parseNumber,
  parseOrdinal,
} from '../../../../../src-main/brains/offline/language/quantities';

describe('numbers', () => {
  it('parses digits and number words', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('ten')).toBe(10);
    expect(parseNumber('twenty-five')).toBe(25);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseNumber('banana')).toBeUndefined();
  });

  it('parses ordinals in words and with suffixes', () => {
    expect(parseOrdinal('first')).toBe(1);
    expect(parseOrdinal('Second')).toBe(2);
    expect(parseOrdinal('twelfth')).toBe(12);
    expect(parseOrdinal('3rd')).toBe(3);
    expect(parseOrdinal('21st')).toBe(21);
    expect(parseOrdinal('second-hand')).toBeUndefined();
    expect(parseOrdinal('3')).toBeUndefined();
  });

  it.each([
    ['a 2-minute video', 120],
    ['a 30 second commercial', 30],
    ['a ninety-second spot', 90],
    ['an hour and a half', 5400],
    ['a half-hour episode', 1800],
    ['a 1.5 minute teaser', 90],
    ['a one-minute ad', 60],
  ])('duration of "%s" is %i s', (text, seconds) => {
    expect(findDurationSec(text)).toBe(seconds);
  });

  it('reads seconds written short before a piece, but not a decade', () => {
    expect(findDurationSec('we need a 45s cut for the bank')).toBe(45);
    expect(findDurationSec('30s spot, bakery, cheerful')).toBe(30);
    expect(findDurationSec('posters from the 60s promo era')).toBeUndefined();
  });

  it('has no duration without a unit', () => {
    expect(findDurationSec('create 12 scenes')).toBeUndefined();
  });

  it.each([
    ['a 35-year-old detective', 35],
    ['she is 42 years old', 42],
    ['aged 19', 19],
    ['set her age to 40', 40],
    ['in her late thirties', 38],
  ])('age in "%s" is %i', (text, age) => {
    expect(findAge(text)?.age).toBe(age);
  });
});

describe('compact durations and loose ages', () => {
  it.each([
    ['a 1h30 film', 5400],
    ['a 2h film', 7200],
    ['1 hr 15 min', 4500],
    ['a 3m30s teaser', 210],
    ['ninety seconds long', 90],
  ])('duration in "%s" is %i s', (text, sec) => {
    expect(findDurationSec(text)).toBe(sec);
  });

  it('reads a decade without "in her"', () => {
    expect(findAge('gemma, late twenties, teacher')?.age).toBe(28);
    expect(findAge('early forties')?.age).toBe(42);
  });
});

describe('quantities in unusual positions', () => {
  it('finds a count away from its noun, but not ages, durations or scene numbers', () => {
    expect(findCount('scenes for the finale, nine of them')).toBe(9);
    expect(findCount('villains, half a dozen')).toBe(6);
    expect(findCount('a dozen would do')).toBe(12);
    expect(findCount('a 40-year-old in scene 3, 90 seconds')).toBeUndefined();
    expect(findCount('one more')).toBeUndefined();
    // A count written as a multiplication; a resolution is not one.
    expect(findCount('locations x5 for the road movie')).toBe(5);
    expect(findCount('export at 1920x1080')).toBeUndefined();
  });

  it('reads durations with halves and hedges', () => {
    expect(findDurationSec('three and a half minutes')).toBe(210);
    expect(findDurationSec('about ninety seconds')).toBe(90);
    expect(findDurationSec('a 1h30 feature')).toBe(5400);
  });

  it('reads ages in relative clauses and appositions', () => {
    expect(findAge('a welder who is 47 and hates boats')?.age).toBe(47);
    expect(findAge("a cook who's just turned sixty")?.age).toBe(60);
    expect(findAge('a singer, a man who is 31, called Teo')?.age).toBe(31);
    expect(findAge('a driver who is one of the best')).toBeUndefined();
  });
});
