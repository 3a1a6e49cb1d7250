// Tests of the word-group table: its shape, its search, and that words alike in meaning share groups.
import { describe, expect, it } from 'vitest';
import table from '../../../../../resources/engine/language/word-clusters.json';
import { findSorted } from '../../../../../src-main/brains/offline/language/sorted-words';
import { wordGroups } from '../../../../../src-main/brains/offline/language/word-clusters';

const entries = table.entries.split(' ');
const keyOf = (entry: string): string => entry.slice(0, entry.indexOf(':'));

describe('word clusters', () => {
  it('holds 40,000 distinct words sorted by word, each with one code digit per six bits of every level', () => {
    expect(table.levels).toEqual([64, 256, 1024]);
    expect(entries).toHaveLength(40_000);
    const keys = entries.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k)).toBe(true);
    expect(entries.filter((e) => !/^[a-z][a-z'-]*:[A-Za-z0-9_-]{5}$/.test(e))).toEqual([]);
  });

  it('finds every word with its groups in range, and nothing between two words', () => {
    const missing = entries.map(keyOf).filter((w) => {
      const groups = wordGroups(w);
      return !groups || groups.some((g, level) => g < 0 || g >= (table.levels[level] as number));
    });
    expect(missing).toEqual([]);
    const listed = new Set(entries.map(keyOf));
    const between = entries.map(keyOf).flatMap((w) => [`${w}q`, w.slice(0, -1)]);
    expect(between.filter((w) => !listed.has(w) && wordGroups(w) !== undefined)).toEqual([]);
    expect(wordGroups('')).toBeUndefined();
  });

  it('reads an entry by its key alone, whatever follows the separator', () => {
    expect(findSorted('ant:1 bee:22 cat:3', 'bee', ':')).toBe('bee:22');
    expect(findSorted('ant:1 bee:22 cat:3', 'be', ':')).toBeUndefined();
    expect(findSorted('ant bee cat', 'cat')).toBe('cat');
  });

  it('puts words alike in meaning in one group, and unlike ones apart', () => {
    expect(wordGroups('journalist')?.slice(0, 2)).toEqual(wordGroups('writer')?.slice(0, 2));
    expect(wordGroups('journalist')?.[1]).not.toBe(wordGroups('delete')?.[1]);
  });
});
