// Tests of the new age or job of an edit that also names the old one or words it loosely.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import { newAgeOfEdit, newJobOfEdit } from '../../../../../src-main/brains/offline/understand/edit-values';

describe('the new age of an edit', () => {
  it.each([
    ['Ottavio is not 52, he is 57', 57],
    ['make Ottavio older, 66 or so', 66],
    ['Ottavio should be 40, not 35', 40],
    ['reading chapter three again, Ottavio must be older: bump him up to 71', 71],
    ['change the age of Ottavio on 48', 48],
  ])('%s', (text, age) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    expect(r.params.age).toBe(age);
  });

  it('takes the new age from the next clause when it is about the same person', () => {
    const r = parseMessage("Ottavio can't be 30 if he fought in the war. Let's bump him up to 62.");
    expect(r.params).toMatchObject({ names: ['Ottavio'], age: 62 });
    expect(parseMessage('Ottavio is not 45, the right age is 49').params.age).toBe(49);
  });

  it('ignores numbers that count other things or name the old value', () => {
    expect(newAgeOfEdit('@n is older in chapter 12, not 30')).toBeUndefined();
    expect(newAgeOfEdit('move @n to scene 4')).toBeUndefined();
    expect(newAgeOfEdit('@n was 30, now make her older: 35')).toBe(35);
  });

  it('takes a value after "was" as the new one when the sentence then names the old one with "not"', () => {
    expect(newAgeOfEdit('fix: @n was 61 at the wedding, not 58')).toBe(61);
    expect(newAgeOfEdit('the age @n was 61. not 58 either')).toBeUndefined();
  });
});

describe('the new job of an edit', () => {
  it.each([
    ['Ottavio is no longer a plumber but a stage manager', 'stage manager'],
    ['Ottavio isn’t a chef anymore, think of him as a gaffer', 'gaffer'],
    ['I had Ottavio as a pilot, he is actually a tailor', 'tailor'],
    ['Ottavio job: night nurse', 'night nurse'],
    ['Ottavio shall be a cryptographer rather than a translator', 'cryptographer'],
  ])('%s', (text, job) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    expect(r.params.occupation).toBe(job);
  });

  it('takes a qualifying word with the job but not a describing one', () => {
    expect(newJobOfEdit("@n's work is now harbour pilot")).toBe('harbour pilot');
    expect(newJobOfEdit('@n is now a young welder')).toBe('welder');
  });
});
