// Alias-merging rules of the prose analyzer: marital honorifics and diminutives.
import { describe, expect, it } from 'vitest';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

const groups = (text: string): string[][] =>
  findProseEntities(text).characters.map((c) => [c.name, ...c.aliases]);

describe('clusterPersons marital honorifics', () => {
  it('keeps "Mrs. Surname" apart from a woman named plainly by first and last name', () => {
    const g = groups(
      'Mary Lennox was a sour child. Mary Lennox never cried. Mrs. Lennox went to parties. Mrs. Lennox laughed.',
    );
    expect(g).toContainEqual(['Mary Lennox']);
    expect(g).toContainEqual(['Mrs. Lennox']);
  });

  it('still merges "Mrs. Surname" into a full name written with "Mrs."', () => {
    const g = groups('Mrs. Rachel Lynde lived at the hollow. Mrs. Lynde saw everything. Mrs. Lynde knew it.');
    expect(g).toEqual([['Mrs. Rachel Lynde', 'Mrs. Lynde']]);
  });

  it('merges a bare first name into the titled name that uses it, even when it is also a pet name', () => {
    const g = groups(
      'The girl ran to Uncle Alec at once. Uncle Alec smiled at her. Alec laughed and lifted her.',
    );
    expect(g).toEqual([['Uncle Alec', 'Alec']]);
  });

  it('still lets "Madame" + first name join the full name', () => {
    const g = groups('Hester Prynne stood there. Madame Hester smiled. Hester Prynne walked home.');
    expect(g).toEqual([['Hester Prynne', 'Madame Hester']]);
  });

  it('never merges a "Miss" form with a "Mrs." form of the same surname', () => {
    const g = groups('Miss Sedley sang. Mrs. Sedley watched her. Miss Sedley smiled at Mrs. Sedley.');
    expect(g.map((x) => x.length)).toEqual([1, 1]);
    expect(g.flat().sort()).toEqual(['Miss Sedley', 'Mrs. Sedley']);
  });

  it('keeps "Miss Surname" apart from "Dr. Surname" (his daughter, in period fiction)', () => {
    const g = groups('Dr. Manette slept. Dr. Manette woke. Miss Manette sat by him. Miss Manette sang.');
    expect(g.map((x) => x.length)).toEqual([1, 1]);
    expect(g.flat().sort()).toEqual(['Dr. Manette', 'Miss Manette']);
  });

  it('lets "Miss Surname" join the plainly named woman', () => {
    const g = groups('Emma Woodhouse was handsome. Miss Woodhouse smiled. Emma Woodhouse laughed.');
    expect(g).toEqual([['Emma Woodhouse', 'Miss Woodhouse']]);
  });
});

describe('clusterPersons diminutives', () => {
  it('does not give a pet name to a character only ever called by a title', () => {
    const g = groups(
      'Sir Henry Curtis was tall. Sir Henry laughed. My poor boy Harry died last year, and Harry was kind.',
    );
    expect(g).toContainEqual(['Sir Henry Curtis', 'Sir Henry']);
    expect(g).toContainEqual(['Harry']);
  });

  it('merges a diminutive with a first name the text uses plainly', () => {
    const g = groups('Elizabeth Bennet sat down. Elizabeth smiled. "Lizzy, come here," said her mother.');
    expect(g).toEqual([['Elizabeth Bennet', 'Elizabeth', 'Lizzy']]);
  });
});

describe('clusterPersons titles that name different people', () => {
  it('keeps "Colonel Surname" apart from "Mr. Firstname Surname" (uncle and nephew)', () => {
    const g = groups(
      'Colonel Tarrant came in. Mr. Edmund Tarrant followed. Colonel Tarrant sat down and Mr. Tarrant stood.',
    );
    expect(g).toContainEqual(['Colonel Tarrant']);
    expect(g).toContainEqual(['Mr. Edmund Tarrant', 'Mr. Tarrant']);
  });

  it('keeps "Lady Surname" apart from her daughter "Miss Firstname Surname"', () => {
    const g = groups(
      'Lady Ormsby wrote the list. Miss Clementine Ormsby read it. Lady Ormsby frowned at Miss Ormsby.',
    );
    expect(g).toContainEqual(['Lady Ormsby']);
    expect(g).toContainEqual(['Miss Clementine Ormsby', 'Miss Ormsby']);
  });

  it('keeps a first-name title before a surname ("Aunt Surname") apart from "Firstname Surname"', () => {
    const g = groups(
      'At last Frank Orrell came home; Frank Orrell was tired. Aunt Orrell said nothing, and Frank laughed.',
    );
    expect(g).toContainEqual(['Frank Orrell', 'Frank']);
    expect(g).toContainEqual(['Aunt Orrell']);
  });

  it('still lets a first-name title join the first name ("Aunt Polly")', () => {
    const g = groups('Polly Orrell came home. Aunt Polly was tired. Polly Orrell laughed.');
    expect(g).toEqual([['Polly Orrell', 'Aunt Polly']]);
  });

  it('keeps a surname given a gender by apposition ("her father , old Tolley") apart from a daughter', () => {
    const g = groups(
      'Nell Tolley took the train. Nell thought of home, where her father , old Tolley , was a miller.',
    );
    expect(g).toContainEqual(['Nell Tolley', 'Nell']);
    expect(g).toContainEqual(['Tolley']);
  });

  it('reads village titles ("Widow Marrick", "Farmer Boldre") as honorifics', () => {
    const g = groups('Last came Widow Marrick with her basket, and Farmer Boldre nodded to her.');
    expect(g).toContainEqual(['Widow Marrick']);
    expect(g).toContainEqual(['Farmer Boldre']);
  });

  it('does not take a lone title or kin word for a character', () => {
    const chars = groups(
      'The old Dean was buried. "Come here, Professor," she said. "Was I wrong, Da?"',
    ).flat();
    expect(chars).not.toContain('Dean');
    expect(chars).not.toContain('Professor');
    expect(chars).not.toContain('Da');
  });
});

describe('clusterPersons names the text introduces', () => {
  it('joins a nickname given in a relative clause to the name it hangs on', () => {
    const g = groups(
      'Winifred Ashby , whom her cousins had called Wren since she could walk , shut the book . Wren sighed . Winifred Ashby rose .',
    );
    expect(g).toEqual([['Winifred Ashby', 'Wren']]);
  });

  it('joins a real name given after a nickname ("though his name was …")', () => {
    const g = groups(
      'An old sailor , whom everybody knew as Lucky Tam , though his name was Thomas Ferrie , raised his glass . Lucky Tam drank .',
    );
    expect(g).toHaveLength(1);
    expect(g[0]!.sort()).toEqual(['Lucky Tam', 'Thomas Ferrie']);
  });

  it('links nothing when the naming phrase has no earlier name ("a man called Mr. Brisk")', () => {
    const g = groups('Oswin Hale waited . A round little man called Mr. Brisk came in . Mr. Brisk sat .');
    expect(g).toContainEqual(['Oswin Hale']);
    expect(g).toContainEqual(['Mr. Brisk']);
  });

  it('lets a pet name used in address join a friend the narration only calls by title', () => {
    const g = groups(
      'Lord Henry Wexley smiled . Lord Henry lit a cigarette . " You are cruel , Harry , " said Basil . Lord Henry laughed .',
    );
    expect(g).toContainEqual(['Lord Henry Wexley', 'Lord Henry', 'Harry']);
  });
});

describe('clusterPersons first names with a middle name or patronymic', () => {
  it('joins "First Middle" to the full name it opens', () => {
    const g = groups('John Henry Orme came up the hill. John Henry was tired, and John Henry Orme sat down.');
    expect(g).toEqual([['John Henry Orme', 'John Henry']]);
  });

  it('joins a Russian first name and patronymic, and its diminutive, to the full name', () => {
    const g = groups(
      'Pyotr Ivanovich Lebedev came home in March. Pyotr Ivanovich sat by the stove. "Petya!" cried his sister, and Petya laughed.',
    );
    expect(g).toHaveLength(1);
    expect(g[0]!.sort()).toEqual(['Petya', 'Pyotr Ivanovich', 'Pyotr Ivanovich Lebedev']);
  });
});

describe('character display names', () => {
  it("names a character by the name, not by the narrator's epithet before it", () => {
    const g = groups('Poor Ishbel wept all night. Ishbel had lost the key, and Ishbel knew it.');
    expect(g).toEqual([['Ishbel', 'Poor Ishbel']]);
  });
  it('gives a bare surname to the man of that name rather than to his daughter', () => {
    const g = groups(
      'Colonel Vardy paced the room. Nell Vardy watched her father. Miss Vardy sighed. Vardy turned away. Vardy sat.',
    );
    expect(g).toContainEqual(['Colonel Vardy', 'Vardy']);
    expect(g).toContainEqual(['Nell Vardy', 'Miss Vardy']);
  });

  it('joins the common short forms of a first name ("Gene" of "Eugene") to the full name', () => {
    const g = groups(
      'Eugene Morgan came up the steps and sat down. Eugene was tired. Later Gene laughed at the joke, and Gene went home.',
    );
    expect(g).toEqual([['Eugene Morgan', 'Gene', 'Eugene']]);
  });
});
