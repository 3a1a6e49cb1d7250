// Person/place cues of the name classifier: relative "who", passive agents, "<Name> of <Place>".
import { describe, expect, it } from 'vitest';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';
import { isPastParticiple } from '../../../../../src-main/brains/offline/language/word-tables';

const names = (text: string) => {
  const a = findProseEntities(text);
  return { chars: a.characters.map((c) => c.name), locs: a.locations.map((l) => l.name) };
};

describe('classifyNames person cues', () => {
  it('lets ", who" outweigh a gazetteer entry', () => {
    const r = names(
      'The men marched with Washington , who said nothing . The fame earned by Washington grew .',
    );
    expect(r.chars).toEqual(['Washington']);
    expect(r.locs).toEqual([]);
  });

  it('accepts "who" after a dash as well', () => {
    expect(names('Nothing can be done for Drozzle -- who was not well used -- this year.').chars).toEqual([
      'Drozzle',
    ]);
  });

  it('takes the agent of a passive verb as a person', () => {
    expect(names('The battle was won by Zorvath at dawn.').chars).toEqual(['Zorvath']);
    expect(names('The battle was fought near Zorvath at dawn.').chars).toEqual([]);
  });

  it('reads "<unknown word> of <Place>" as a person and keeps the place', () => {
    const r = names('As the planet approached, Lavelle of Java set the wires palpitating.');
    expect(r.chars).toEqual(['Lavelle of Java']);
    expect(r.locs).toEqual(['Java']);
  });

  it('does not read "<place noun> of <Place>" as a person', () => {
    const r = names('They sailed into the Bay of Biscay and then into the Bay of Biscay again.');
    expect(r.chars).toEqual([]);
  });

  it('does not read "<common noun> of <Place>" as a person when the text uses the noun in lower case', () => {
    expect(names('After the Siege of Acre ended, the siege was forgotten.').chars).toEqual([]);
    expect(names('He ruled the Principality of Wallachia alone.').chars).toEqual([]);
  });
});

describe('isPastParticiple', () => {
  it('recognises regular and irregular participles in lower case only', () => {
    expect(isPastParticiple('admonished')).toBe(true);
    expect(isPastParticiple('written')).toBe(true);
    expect(isPastParticiple('Admonished')).toBe(false);
    expect(isPastParticiple('red')).toBe(false);
    expect(isPastParticiple('garden')).toBe(false);
  });
});
