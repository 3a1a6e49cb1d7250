// Tests of counted job nouns: a quantity before a plural occupation asks for several characters.
import { describe, expect, it } from 'vitest';
import {
  countedJob,
  singularOccupation,
} from '../../../../../src-main/brains/offline/understand/job-plurals';

describe('singularOccupation', () => {
  it.each([
    ['cops', 'cop'],
    ['nurses', 'nurse'],
    ['secretaries', 'secretary'],
    ['waitresses', 'waitress'],
  ])('%s → %s', (plural, singular) => {
    expect(singularOccupation(plural)).toBe(singular);
  });

  it('ignores words that are not jobs', () => {
    expect(singularOccupation('minutes')).toBeUndefined();
    expect(singularOccupation('scenes')).toBeUndefined();
  });
});

describe('countedJob', () => {
  it('finds the quantity and the job', () => {
    expect(countedJob('staff up the precinct with 8 cops')).toMatchObject({ quantity: '8', job: 'cop' });
    expect(countedJob('i need three nurses for the ward')).toMatchObject({ quantity: 'three', job: 'nurse' });
  });

  it('reads a job or a people noun after up to two words that describe it', () => {
    expect(countedJob('give me five grumpy harbour pilots')).toMatchObject({
      quantity: 'five',
      job: 'pilot',
    });
    expect(countedJob('i need 9 wedding guests for the reception')).toMatchObject({
      quantity: '9',
      job: 'guests',
    });
    // Past another counted noun, the people are not what is counted.
    expect(countedJob('add 3 scenes with nurses')).toBeUndefined();
  });

  it('leaves existing groups and single people alone', () => {
    expect(countedJob('make the 3 nurses older')).toBeUndefined();
    expect(countedJob('add one doctor')).toBeUndefined();
    expect(countedJob('a 10 minutes film')).toBeUndefined();
  });
});
