// Tests of whom an edit is about: named entities, less the places named after a preposition.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('targetNames', () => {
  it('leaves out a name after a preposition of place ("in Tromsø"), which says where', () => {
    expect(parseMessage('put Halvard in Tromsø too').params.names).toEqual(['Halvard']);
    expect(parseMessage('Delete Halvard, the one from Tromsø').params.names).toEqual(['Halvard']);
  });

  it('keeps a name after "to", the other side of a tie', () => {
    expect(parseMessage("make Halvard's bond to Sunniva colder").params.names).toEqual([
      'Halvard',
      'Sunniva',
    ]);
  });
});
