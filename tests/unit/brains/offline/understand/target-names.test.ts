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

  it('takes no known name written in another script for the place or thing "the …" refers to', () => {
    // The name's last word has no letter a to z: it used to leave a pattern that "the" and any word matched.
    const context = { knownNames: ['Ольга', 'Blue Barn'] };
    expect(parseMessage('make the barn bigger', context).params.names).toEqual(['Blue Barn']);
    expect(parseMessage('make the kitchen bigger', context).params.names ?? []).toEqual([]);
  });
});
