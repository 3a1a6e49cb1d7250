// Tests of a bulk request whose count or kind of thing sits in the clause next to it.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('count from a neighbouring clause', () => {
  it.each([
    ['I want more places for the western too, make six', { entityType: 'location', count: 6 }],
    ['Prepare a set of scenes for act one; my editor suggests eleven.', { entityType: 'scene', count: 11 }],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('bulk_create');
    expect(r.params).toMatchObject(params);
  });

  it('does not take a count that belongs to another kind of thing', () => {
    const r = parseMessage('Give me more characters for the heist, then add 4 scenes');
    expect(r.intent).toBe('bulk_create');
    expect(r.params.count).not.toBe(4);
  });
});
