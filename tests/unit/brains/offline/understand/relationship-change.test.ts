// Changes to an existing relationship read from a request: here, a new kind for the pair.
import { describe, expect, it } from 'vitest';
import { readRelationshipChange } from '../../../../../src-main/brains/offline/understand/relationship-change';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('a new kind for a relationship', () => {
  it.each([
    ['switch their relationship to rivals', 'rivalry'],
    ['the bond between @n and @n could be turned into mentor and pupil', 'mentor'],
    ['@n and @n are no longer friends, now they are enemies', 'enemy'],
    ["@n and @n aren't neighbours any more, they're lovers", 'romantic'],
    ['take @n and @n from cousins to business partners', 'professional'],
  ])('%s', (template, kind) => {
    const edit = readRelationshipChange(template);
    expect(edit).toEqual({ op: 'adjust', kind });
  });

  it('is an edit of the pair in a whole request, with the new kind as a parameter', () => {
    const r = parseMessage('Odile and Bram are not partners anymore, make them enemies');
    expect(r.intent).toBe('modify');
    expect(r.params).toMatchObject({
      entityType: 'relationship',
      names: ['Odile', 'Bram'],
      relationKind: 'enemy',
    });
  });

  it('does not read a first statement of a relationship as a change', () => {
    expect(readRelationshipChange('@n and @n are cousins')).toBeUndefined();
    // A denial without a new kind says what they are not, not what they become.
    expect(readRelationshipChange('@n and @n are not cousins')).toBeUndefined();
    expect(parseMessage('Odile and Bram are cousins').intent).toBe('create');
  });
});
