// Tests of project-level field requests ("write a logline", "the theme is loneliness").
import { describe, expect, it } from 'vitest';
import { metaField } from '../../../../../src-main/brains/offline/understand/project-meta';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('project meta requests', () => {
  it('names the field from the template', () => {
    expect(metaField('write a logline')).toBe('logline');
    expect(metaField('set the brand tone')).toBe('tone');
    expect(metaField('set the visual style')).toBe('style');
    expect(metaField('our working title is low tide')).toBe('title');
    expect(metaField('set the location of scene 3')).toBeUndefined();
    expect(metaField('logline: a chef loses her taste')).toBeUndefined();
  });

  it('carries the value as written, and mirrors theme/style/genre', () => {
    expect(parseMessage('set the logline to A robot learns to paint').params).toEqual({
      entityType: 'project',
      operation: 'update',
      attributes: { logline: 'A robot learns to paint' },
    });
    expect(parseMessage('The theme is loneliness.').params).toMatchObject({
      attributes: { theme: 'loneliness' },
      theme: 'loneliness',
    });
    expect(parseMessage('the logline is: a chef loses her sense of taste').params.attributes).toEqual({
      logline: 'a chef loses her sense of taste',
    });
    expect(parseMessage('Set the genre to noir').params).toMatchObject({ genre: 'noir' });
    expect(parseMessage('Tone: dark and brooding').intent).toBe('modify');
    // A label line of one field is that field's new value, whatever the value's words suggest.
    expect(parseMessage('Genre: noir').params).toMatchObject({ entityType: 'project', genre: 'noir' });
    expect(parseMessage('Mood: bleak').intent).toBe('modify');
  });

  it('leaves pitches and questions alone', () => {
    expect(parseMessage('Logline: a chef loses her sense of taste').intent).toBe('generate');
    expect(parseMessage("What's the logline?").intent).toBe('query');
  });

  it('takes a verdict on a field for a remark, not its new value', () => {
    expect(metaField('the title is too long')).toBeUndefined();
    expect(metaField('our tone is kind of all over the place')).toBeUndefined();
    expect(metaField('the theme is not landing')).toBeUndefined();
    expect(parseMessage('the title is too long').params.attributes).toBeUndefined();
    // A value that merely starts like a verdict word is still a value.
    expect(metaField('the title is offside')).toBe('title');
  });
});
