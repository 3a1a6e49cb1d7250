// project-meta-fields: which project-level field a message is about, and the value it gives (or none: ask for it).
import { describe, expect, it } from 'vitest';
import {
  META_FIELDS,
  metaFieldIn,
  metaValueIn,
  QUESTIONS,
} from '../../../src-main/domain/project-meta-fields';

describe('metaFieldIn', () => {
  it.each([
    ['write a logline', 'logline'],
    ['set the log line to X', 'logline'],
    ['the premise is grief', 'theme'],
    ['the theme is loneliness', 'theme'],
    ['change the title', 'title'],
    ['the visual style should be neon noir', 'style'],
    ['the look should be grainy', 'style'],
    ['the mood is tense', 'tone'],
    ['brand tone: playful', 'tone'],
    ['which genre is it', 'genre'],
    ['write a summary', 'synopsis'],
  ] as const)('%s → %s', (text, field) => {
    expect(metaFieldIn(text)).toBe(field);
  });

  it('a field named by the parser wins over words in the text', () => {
    expect(metaFieldIn('the title is Ascent', { theme: 'x' })).toBe('theme');
  });

  it('no field: undefined (words inside other words do not count)', () => {
    expect(metaFieldIn('create a character named Sarah')).toBeUndefined();
    expect(metaFieldIn('subtitles please')).toBeUndefined();
    expect(metaFieldIn('the stylesheet')).toBeUndefined();
  });

  it('every field has a question to ask when the value is missing', () => {
    for (const f of META_FIELDS) expect(QUESTIONS[f]).toMatch(/^[A-Z].{10,}[?.)]$/);
    expect(QUESTIONS.logline).toContain('logline');
    expect(Object.keys(QUESTIONS).sort()).toEqual([...META_FIELDS].sort());
  });
});

describe('metaValueIn', () => {
  it.each([
    [
      'set the logline to A journalist uncovers a conspiracy.',
      'logline',
      'A journalist uncovers a conspiracy',
    ],
    ['the theme is loneliness', 'theme', 'loneliness'],
    ['title: Night Harbor', 'title', 'Night Harbor'],
    ['Set The Title To "Ascent"', 'title', 'Ascent'],
    ['the tone should be warm and playful', 'tone', 'warm and playful'],
    ['change the genre to thriller', 'genre', 'thriller'],
    ['the logline is set to A man walks home', 'logline', 'A man walks home'],
    ['I want the theme to be loneliness', 'theme', 'loneliness'],
    ['set the title to Be Kind', 'title', 'Be Kind'],
  ] as const)('%s → %s = %s', (text, field, value) => {
    expect(metaValueIn(text, field)).toBe(value);
  });

  it('the first "to"/"is" separates field from value, so the value may contain them', () => {
    expect(metaValueIn('set the logline to A girl is forced to choose', 'logline')).toBe(
      'A girl is forced to choose',
    );
  });

  it('a value given by the parser wins (trimmed); a blank one does not', () => {
    expect(metaValueIn('set the logline', 'logline', { logline: '  From the parser  ' })).toBe(
      'From the parser',
    );
    expect(metaValueIn('write a logline', 'logline', { logline: '   ' })).toBeUndefined();
  });

  it('no value: a request to write one, a question, or a one-letter value', () => {
    expect(metaValueIn('write a logline', 'logline')).toBeUndefined();
    expect(metaValueIn('set the theme', 'theme')).toBeUndefined();
    expect(metaValueIn('what is the logline?', 'logline')).toBeUndefined();
    expect(metaValueIn('the synopsis: x', 'synopsis')).toBeUndefined();
  });

  it('multi-line values are kept whole', () => {
    expect(metaValueIn('synopsis: Line one.\nLine two', 'synopsis')).toBe('Line one.\nLine two');
  });
});
