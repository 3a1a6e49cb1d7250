// An idea's name mentions: the prose finder's, with initials joined and names it would drop declared.
import { describe, expect, it } from 'vitest';
import { ideaMentions } from '../../../../../src-main/brains/offline/language/idea-mentions';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';

const surfaces = (idea: string) => {
  const tokens = tokenize(idea);
  return ideaMentions(idea, tokens, docStats(tokens), []).map((m) => m.surface);
};

describe('ideaMentions', () => {
  it('keeps a name capitalised once and typed in lower case later', () => {
    expect(surfaces("coach Bea Lund and her striker Zuzanna. zuzanna's injured and tells no one")).toContain(
      'Zuzanna',
    );
  });

  it('joins initials and a title to the name after them', () => {
    expect(surfaces('Then Sgt. P. K. Rao arrives.')).toContain('Sgt. P. K. Rao');
  });
  it('reads a quoted nickname between a first name and a surname as one name', () => {
    expect(surfaces('Uncle Bartek \'Bubba\' Zielinski and Ines "La Reina" Ortega dance.')).toEqual([
      "Uncle Bartek 'Bubba' Zielinski",
      'Ines "La Reina" Ortega',
    ]);
  });

  it('keeps a first name that is a word before a surname, and drops a weekday', () => {
    const found = surfaces('Frank Okonjo owes Mirela money. Later Grace Adeyemi calls: pay by Friday.');
    expect(found).toEqual(['Frank Okonjo', 'Mirela', 'Grace Adeyemi']);
  });
});
