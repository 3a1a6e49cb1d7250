// The words around a name: the noun phrase before it, an appositive after it, and which nouns name a person.
import { describe, expect, it } from 'vitest';
import {
  isPersonNoun,
  phraseAfter,
  phraseBefore,
  phraseText,
} from '../../../../../src-main/brains/offline/language/idea-person-phrases';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, i: tokens.findIndex((t) => t.text === word) };
};

describe('phraseBefore', () => {
  it('reads back from a name to the determiner that opens the phrase', () => {
    const { tokens, i } = at('Then her estranged daughter Inês arrives.', 'Inês');
    const found = phraseBefore(tokens, i);
    expect(phraseText(found.words)).toBe('her estranged daughter');
    expect(tokens[found.start]!.text).toBe('her');
  });

  it('takes in an everyday word that is capitalised only because it opens the sentence', () => {
    const { tokens, i } = at('Divorced detectives Odette and Kwame argue.', 'Odette');
    expect(phraseText(phraseBefore(tokens, i).words)).toBe('Divorced detectives');
  });

  it("keeps a possessive name before its 's, as written", () => {
    const { tokens, i } = at("Later Rosa's rival Bram returns.", 'Bram');
    expect(phraseText(phraseBefore(tokens, i).words)).toBe("Rosa's rival");
  });

  it('gives no phrase for a verb phrase after a subject pronoun or around a reflexive', () => {
    const play = at('You play Farida.', 'Farida');
    expect(phraseBefore(play.tokens, play.i)).toEqual({ words: [], start: play.i });
    const calls = at('A machine which calls itself Juniper hums.', 'Juniper');
    expect(phraseBefore(calls.tokens, calls.i).words).toEqual([]);
  });
});

describe('phraseAfter', () => {
  it('reads an appositive after the comma and stops at a preposition', () => {
    const { tokens, i } = at('Ingrid, a former ferry pilot in Bergen, sails.', 'Ingrid');
    expect(phraseText(phraseAfter(tokens, i + 1))).toBe('a former ferry pilot');
  });

  it('reads no appositive in a "whose" clause, which describes what follows it', () => {
    const { tokens, i } = at('He trains Haru, whose sister Mio left.', 'Haru');
    expect(phraseAfter(tokens, i + 1)).toEqual([]);
  });

  it('reads nothing when no determiner follows the comma', () => {
    const { tokens, i } = at('Ingrid, tired, sails.', 'Ingrid');
    expect(phraseAfter(tokens, i + 1)).toEqual([]);
  });
});

describe('isPersonNoun', () => {
  it('knows bonds, generic people and job-shaped words, not things', () => {
    for (const w of ['daughter', 'orphan', 'cellist', 'roller', 'thief']) expect(isPersonNoun(w)).toBe(true);
    for (const w of ['boat', 'storm', 'house']) expect(isPersonNoun(w)).toBe(false);
  });

  it('knows the occupations of the lexicon that have no job shape', () => {
    for (const w of ['guard', 'spy', 'nun', 'pilot']) expect(isPersonNoun(w)).toBe(true);
  });
});
