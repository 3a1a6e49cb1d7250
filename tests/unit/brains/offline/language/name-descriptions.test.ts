// Descriptions after a name ("X was a pale man", "X , a mill town", "the X , a brig") say what the name is.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import { describedAs } from '../../../../../src-main/brains/offline/language/name-descriptions';
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

  it('tells a vessel from a person', () => {
    expect(describe1('We saw the Quillon , a brig from the north .', 'Quillon')).toBe('vessel');
  });

  it('says nothing when the phrase ends before a head noun or has no determiner', () => {
    expect(describe1('At noon Quillon was the pride of the house .', 'Quillon')).toBeUndefined();
    expect(describe1('At noon Quillon was gentle with the man .', 'Quillon')).toBeUndefined();
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

  it('does not take an office named "<noun> of <Noun>" for a character', () => {
    const a = findProseEntities(
      'The Warden of Markets was our host , and the old warden spoke first . Then Tom Gale laughed at the Warden of Markets .',
    );
    expect(a.characters.map((c) => c.name)).toEqual(['Tom Gale']);
  });
});
