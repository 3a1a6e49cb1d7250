// Descriptions after a name ("X was a pale man", "X , a mill town", "the X , a brig") say what the name is.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import {
  appositiveGender,
  describedAs,
  pairedWithPerson,
} from '../../../../../src-main/brains/offline/language/name-descriptions';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

/** The description of the first mention of `name` in `text`. */
function describe1(text: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const m = findNameMentions(text, tokens, docStats(tokens)).find((x) => x.key === name.toLowerCase());
  if (!m) throw new Error(`no mention of ${name}`);
  return describedAs(tokens, m);
}

describe('describedAs', () => {
  it('reads a copula with a person head noun', () => {
    expect(describe1('At noon Quillon was a thin , pale man in black .', 'Quillon')).toBe('person');
  });

  it('reads an appositive, skipping a possessive noun before the head', () => {
    expect(describe1("We met Quillon , the carter 's son , at noon .", 'Quillon')).toBe('person');
    expect(describe1('We rode to Quillon , a small market town .', 'Quillon')).toBe('place');
  });

  it('reads an epithet after the name', () => {
    expect(describe1('There stood Quillon the baker at the door .', 'Quillon')).toBe('person');
    expect(describe1('He gave Quillon the book at the door .', 'Quillon')).toBeUndefined();
  });

  it('tells a vessel from a person', () => {
    expect(describe1('We saw the Quillon , a brig from the north .', 'Quillon')).toBe('vessel');
  });

  it('says nothing when the phrase ends before a head noun or has no determiner', () => {
    expect(describe1('At noon Quillon was the pride of the house .', 'Quillon')).toBeUndefined();
    expect(describe1('At noon Quillon was gentle with the man .', 'Quillon')).toBeUndefined();
  });
});

describe('pairedWithPerson', () => {
  const paired = (text: string): boolean => {
    const tokens = tokenize(text);
    const m = findNameMentions(text, tokens, docStats(tokens)).find((x) => x.key === 'quillon')!;
    return pairedWithPerson(tokens, m);
  };

  it('pairs a name with a person noun phrase on either side', () => {
    expect(paired('Then I saw Quillon and the doctor on the bridge .')).toBe(true);
    expect(paired('Then I saw the old doctor and Quillon on the bridge .')).toBe(false);
    expect(paired('Then I saw the doctor and Quillon on the bridge .')).toBe(true);
    expect(paired('Then I saw his wife and Quillon on the bridge .')).toBe(true);
  });

  it('ignores pairs with things', () => {
    expect(paired('Then I saw Quillon and the bridge at noon .')).toBe(false);
  });
});

describe('appositiveGender', () => {
  const gender = (text: string) => {
    const tokens = tokenize(text);
    const m = findNameMentions(text, tokens, docStats(tokens)).find((x) => x.key === 'quillon')!;
    return appositiveGender(tokens, m);
  };

  it('reads a kin noun before or after the name', () => {
    expect(gender('At home her father , old Quillon , was ill .')).toBe('male');
    expect(gender('Then Quillon , their mother , came in .')).toBe('female');
  });

  it('ignores a kin noun that is not in apposition', () => {
    expect(gender("Then Quillon , their mother 's friend , came in .")).toBeUndefined();
    expect(gender('Then Quillon saw his father in the yard .')).toBeUndefined();
  });
});

describe('descriptions in prose entities', () => {
  it('keeps a described surname with a place-like ending as a person', () => {
    const a = findProseEntities(
      'A stranger rode up . He gave his name as Ashwood . Ashwood was a thin , pale man with a cough .',
    );
    expect(a.characters.map((c) => c.name)).toEqual(['Ashwood']);
    expect(a.locations).toEqual([]);
  });

  it('keeps a one-off name the text gives to a person', () => {
    for (const text of [
      'Call me Quillon . Some years ago I went to sea .',
      'He called himself Quillon , though nobody believed him .',
      'Her name was Quillon , and she kept the inn .',
      'I knew him as Quillon in those days .',
    ])
      expect(findProseEntities(text).characters.map((c) => c.name)).toEqual(['Quillon']);
    const village = findProseEntities('We came to a village called Quillon at dusk .');
    expect(village.characters).toEqual([]);
    expect(village.locations.map((l) => l.name)).toEqual(['Quillon']);
  });

  it('does not take an office named "<noun> of <Noun>" for a character', () => {
    const a = findProseEntities(
      'The Warden of Markets was our host , and the old warden spoke first . Then Tom Gale laughed at the Warden of Markets .',
    );
    expect(a.characters.map((c) => c.name)).toEqual(['Tom Gale']);
  });
});
