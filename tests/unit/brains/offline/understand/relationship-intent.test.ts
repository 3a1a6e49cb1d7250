// Tests of reading a relationship as new or as changed by the change words of the message.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import { relationshipReading } from '../../../../../src-main/brains/offline/understand/relationship-intent';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';

const asNew = (text: string) =>
  relationshipReading(
    {
      intent: 'create',
      confidence: 0.9,
      params: { entityType: 'relationship', names: ['Tove', 'Ansel'] },
    },
    computeFeatures(text),
  );

describe('a relationship read as new or as changed', () => {
  it.each([
    'Tove and Ansel were partners but now they are rivals',
    'Tove and Ansel are no longer close, make them enemies',
    'Tove and Ansel: update it, they are cousins',
    'Tove and Ansel should be more like mentor and pupil',
  ])('%s → modify of the pair', (text) => {
    const r = asNew(text);
    expect(r.intent).toBe('modify');
    expect(r.params).toMatchObject({ entityType: 'relationship', names: ['Tove', 'Ansel'] });
    expect(r.alternatives?.[0]?.intent).toBe('create');
  });

  it.each(['Tove and Ansel used to be married', 'Make Tove and Ansel cousins', 'Tove is Ansel’s godmother'])(
    '%s → stays new',
    (text) => {
      expect(asNew(text).intent).toBe('create');
    },
  );

  it('leaves an edit alone when it names no change word', () => {
    const edit = {
      intent: 'modify' as const,
      confidence: 0.8,
      params: { entityType: 'relationship' as const, names: ['Tove', 'Ansel'] },
    };
    expect(relationshipReading(edit, computeFeatures('Tove trusts Ansel a bit more'))).toBe(edit);
  });

  it('changes the reading of a whole message', () => {
    expect(parseMessage('Ilka and Bruno were engaged, but now they hate each other')).toMatchObject({
      intent: 'modify',
      params: { names: ['Ilka', 'Bruno'] },
    });
  });
});
