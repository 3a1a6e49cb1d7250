// Typo tolerance: one edit from a request word is read as it; names, short words and premises stay as written.
import { describe, expect, it } from 'vitest';
import {
  expandShorthand,
  fixTypos,
  singleEdit,
} from '../../../../../src-main/brains/offline/understand/typo-fix';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('singleEdit', () => {
  it('grades swaps, insertions/deletions and changes, and rejects two edits', () => {
    expect(singleEdit('exprot', 'export')).toBe(1);
    expect(singleEdit('locaton', 'location')).toBe(2);
    expect(singleEdit('analize', 'analyze')).toBe(3);
    expect(singleEdit('exprt', 'export')).toBe(2);
    expect(singleEdit('xeprto', 'export')).toBeUndefined();
  });
});

describe('fixTypos', () => {
  it('corrects request verbs where a request opens and entity nouns anywhere', () => {
    expect(fixTypos('pls delte the scnees with Ana')).toBe('please delete the scenes with Ana');
    expect(fixTypos('exprot it, then add two charactres')).toBe('export it, then add two characters');
  });

  it('between two one-letter slips, keeps the word that starts with the same letter', () => {
    // "rmove" is one letter from both "move" and "remove"; a first letter is rarely the mistyped one.
    expect(fixTypos('please rmove the harbour')).toBe('please remove the harbour');
  });

  it('leaves names, inflections, short words and a premise’s ordinary words alone', () => {
    for (const text of [
      'Ask Exprot about it',
      'she makes films',
      'a band that learns to paint in black and white',
    ])
      expect(fixTypos(text), text).toBe(text);
  });

  it('writes chat shorthand out, an opening capital too, but not a capitalised word inside a sentence', () => {
    expect(expandShorthand('Plz add a villain, whats his name')).toBe(
      "Please add a villain, what's his name",
    );
    expect(expandShorthand('u shud make Ana older')).toBe('you should make Ana older');
    expect(expandShorthand('PLZ undo')).toBe('PLEASE undo');
    expect(expandShorthand('Add Im to the cast')).toBe('Add Im to the cast');
  });

  it('lets a misspelt request parse as the request', () => {
    expect(parseMessage('simualte Ana and Ben at the pier')).toMatchObject({
      intent: 'simulate',
      params: { participants: ['Ana', 'Ben'] },
    });
  });
});
