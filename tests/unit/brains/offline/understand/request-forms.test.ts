// Requests written as forms and hedges: bulleted field lists, a pronoun sentence after the name, initials, modal relations.
import { describe, expect, it } from 'vitest';
import { parseLeadingNumber } from '../../../../../src-main/brains/offline/language/quantities';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('labelled premises', () => {
  it('reads a premise labelled anywhere ("…, idea: X", "Idea number 2: X") and drops emphasis around it', () => {
    expect(parseMessage('a 60 sec spot, idea: a baker who bakes for ghosts, moody').params.theme).toBe(
      'a baker who bakes for ghosts',
    );
    expect(parseMessage('Idea number 2: a bridge that remembers. Make a film of it.').params.theme).toBe(
      'a bridge that remembers',
    );
    expect(parseMessage('Make a short from this idea: *a tram that runs on Sundays only*').params.theme).toBe(
      'a tram that runs on Sundays only',
    );
  });
});

describe('bulleted field lists', () => {
  it('reads "- Occupation: …" as the job and no label as a name', () => {
    const p = parseMessage(
      'Add a character:\n- Name: Ottilie Vasquez\n- Age: 52\n- Occupation: lock keeper\n- Habit: hums',
    );
    expect(p.params).toMatchObject({ names: ['Ottilie Vasquez'], age: 52, occupation: 'lock keeper' });
  });

  it('reads "- about: …" as the premise of a piece', () => {
    const p = parseMessage('A short film\n- about: two brothers rebuilding a windmill\n- mood: hopeful');
    expect(p.params.theme).toBe('two brothers rebuilding a windmill');
  });
});

describe('pasted markdown', () => {
  it('reads bold names and code-marked jobs, and drops heading hashes', () => {
    const p = parseMessage('- add character: **Oona Feld**, 47, `tram driver`');
    expect(p.params).toMatchObject({ names: ['Oona Feld'], age: 47, occupation: 'tram driver' });
    expect(parseMessage('## Edits\n- Oona is 48 now').params).toMatchObject({ names: ['Oona'], age: 48 });
  });
});

describe('descriptions after the name', () => {
  it('reads an epithet right after the name as the job ("Taddeo the cooper")', () => {
    expect(parseMessage('introduce taddeo the cooper').params).toMatchObject({
      names: ['Taddeo'],
      occupation: 'cooper',
    });
  });

  it('keeps a first name that opens the message before "the" ("Vesna the …")', () => {
    expect(parseMessage('Vesna the forger should be 41, not 30').params).toMatchObject({
      names: ['Vesna'],
      age: 41,
    });
  });

  it('reads a hedged pronoun sentence after the name ("Perhaps he is 44, something like a …")', () => {
    const p = parseMessage(
      "Maybe add a character called Jory Penhale? Perhaps he's 44, something like a glazier",
    );
    expect(p.params).toMatchObject({ names: ['Jory Penhale'], age: 44, occupation: 'glazier' });
  });
});

describe('names with initials', () => {
  it('keeps initials and their dots in the name', () => {
    expect(parseMessage('Make R.J. Okafor a night porter').params.names).toEqual(['R.J. Okafor']);
    expect(parseMessage('Add Th. Lindgren, 70, a cooper').params.names).toEqual(['Th. Lindgren']);
  });

  it('does not join a letter that labels a place to the name after it', () => {
    expect(parseMessage('Put Noor in Hall C. Tamsin arrives later.').params.names).not.toContain('C. Tamsin');
  });
});

describe('relations and counts in other words', () => {
  it('reads a relation said with "might be" or "should have been"', () => {
    expect(parseMessage('Wren and Odile might be half-siblings. Set that up').params.entityType).toBe(
      'relationship',
    );
    expect(parseMessage('Wren and Odile should have been roommates. Add that link').params.entityType).toBe(
      'relationship',
    );
  });

  it('counts genre people ("5 outlaws", "6 cultists") as characters', () => {
    expect(parseMessage('Create 5 outlaws for the western').params).toMatchObject({
      entityType: 'character',
      count: 5,
    });
  });

  it('goes to the step named after "move us to", not one mentioned before it', () => {
    expect(parseMessage('The beat sheet is signed off, move us to characters').params.targetStep).toBe(
      'characters',
    );
  });
});

describe('parseLeadingNumber', () => {
  it.each([
    ['thirty six, I think', 36],
    ['42 or so', 42],
    ['a baker', undefined],
  ])('%s → %s', (phrase, n) => {
    expect(parseLeadingNumber(phrase)).toBe(n);
  });
});
