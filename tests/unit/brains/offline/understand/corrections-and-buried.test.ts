// Tests of requests that carry their meaning indirectly: buried after a preamble, corrections, shortcuts, counts.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('parseMessage on indirect requests', () => {
  it.each([
    [
      'So I was thinking about the second act, and honestly, could you add a character called Bea, a baker?',
      'create',
      { entityType: 'character', names: ['Bea'], occupation: 'baker' },
    ],
    ['Ctrl+Z', 'undo', {}],
    ['revert that', 'undo', {}],
    ['go back one change', 'undo', {}],
    ['Staff up the precinct with 8 cops', 'bulk_create', { entityType: 'character', count: 8 }],
    ['I need 3 nurses for the hospital scenes', 'bulk_create', { entityType: 'character', count: 3 }],
    ['Give me many characters, maybe 7', 'bulk_create', { entityType: 'character', count: 7 }],
    ['Add a woman doctor called Ines', 'create', { gender: 'female', occupation: 'doctor' }],
    ['Create a male nurse named Theo', 'create', { gender: 'male', occupation: 'nurse' }],
    ['Add a girl of nine called Pip', 'create', { gender: 'female', age: 9 }],
    ['Recast Marcus as a firefighter', 'modify', { names: ['Marcus'], occupation: 'firefighter' }],
    ['Age Sarah up to 55', 'modify', { names: ['Sarah'], age: 55 }],
    ['Olga, she is not nurse, she is teacher', 'modify', { names: ['Olga'], occupation: 'teacher' }],
    ['Priya must be 35, not 29', 'modify', { names: ['Priya'], age: 35 }],
    ["Make John's job a cellist instead", 'modify', { names: ['John'], occupation: 'cellist' }],
    ['PDF please', 'export', { format: 'pdf' }],
    ['time to cast it', 'advance', { targetStep: 'casting' }],
    ['Put Tom and Lena in a room and let them fight it out', 'simulate', { participants: ['Tom', 'Lena'] }],
  ])('%s → %s', (text, intent, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe(intent);
    expect(r.params).toMatchObject(params);
  });

  it('keeps the framing of supplied prose, which the analyze rule needs', () => {
    const r = parseMessage(
      'I wrote this over the weekend, so can you analyze this chapter: Jane met Rochester at Thornfield. He was cold to her.',
    );
    expect(r.intent).toBe('analyze');
  });
});

describe('a job corrected with a negation other than "not"', () => {
  it('takes the new job after "isn\'t … any more"', () => {
    expect(parseMessage("Ines isn't a baker any more, she's a welder").params).toMatchObject({
      names: ['Ines'],
      occupation: 'welder',
    });
  });
});
