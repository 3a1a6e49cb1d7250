// Tests of names typed without capitals (joined by "n", commas or "vs", surnames after "named") and of relationship statements in loose forms.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import { findNames } from '../../../../../src-main/brains/offline/understand/names';

const names = (text: string): string[] => findNames(text).map((m) => m.name);

describe('names in a message typed without capitals', () => {
  it.each([
    ['let oskar n wilma argue in the barn', ['Oskar', 'Wilma']],
    ['put teodor, ilka and brann in the tavern', ['Teodor', 'Ilka', 'Brann']],
    ['a character named priya ramaswamy 41 welder', ['Priya Ramaswamy']],
    ['introduce bertil the ferryman', ['Bertil']],
    ['mia-rose and kolya are flatmates', ['Mia-rose', 'Kolya']],
    ['okay so, fenna, 33, barber', ['Fenna']],
    ['whats the link between hollis and maren', ['Hollis', 'Maren']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take common words of the sentence for names', () => {
    expect(names('make the barn darker')).toEqual([]);
    expect(names('Same for Ingrid, please')).toEqual(['Ingrid']);
    expect(names('Dear Storyloom, add Anouk')).toEqual(['Anouk']);
  });
});

describe('relationship statements in loose forms', () => {
  it.each([
    'oskar n wilma r cousins',
    'Halvard and Sunniva, they are married for many years',
    'Halvard / Sunniva — ex-partners',
    'Halvard and Sunniva are besties',
    'Halvard was Sunniva’s first love',
    'Could Halvard and Sunniva be recorded as uncle and niece?',
    'People keep asking how Halvard and Sunniva met. They are old flames.',
    'Halvard and Sunniva are marreid',
  ])('%s', (text) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params.entityType).toBe('relationship');
    expect(r.params.names).toHaveLength(2);
  });

  it('a negated pair is not a new relationship', () => {
    const r = parseMessage('Halvard and Sunniva are not friends anymore, they are rivals now');
    expect(r.params.entityType === 'relationship' && r.intent === 'create').toBe(false);
  });
});

describe('edits of a relationship named by its noun', () => {
  it.each([
    'Turn Halvard and Sunniva’s friendship into a feud',
    'The bond between Halvard and Sunniva should be colder now',
    'Halvard + Sunniva: trust down',
    'Seriously, Halvard and Sunniva are NOT cousins, they are exes',
  ])('%s', (text) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    expect(r.params).toMatchObject({ entityType: 'relationship', names: ['Halvard', 'Sunniva'] });
    expect(r.params.occupation).toBeUndefined();
  });
});

describe('portraits of several people', () => {
  it('takes the first request’s person only', () => {
    expect(
      parseMessage('Paint a portrait of Halvard, and also one of his sister Sunniva').params.names,
    ).toEqual(['Halvard']);
    expect(parseMessage('draw Halvard like you did Sunniva').params.names).toEqual(['Halvard']);
  });
});
