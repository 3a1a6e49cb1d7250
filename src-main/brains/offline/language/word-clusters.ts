// Groups of words alike in meaning (from word embeddings), so a word no example used shares a feature with one that was.
import { join } from 'node:path';
import { readResourceJson } from '../../../shared/resources';
import { findSorted } from './sorted-words';

/** Read on first use, not bundled: 40,000 entries "word:code", sorted by word (see scripts/build-word-clusters.mjs). */
const WORD_CLUSTERS_PATH = join('engine', 'language', 'word-clusters.json');

/** The digits of a code; each level's group id takes a fixed number of them. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

interface WordClusterTable {
  /** The number of groups at each level, coarse to fine. */
  levels: number[];
  entries: string;
}

let table: WordClusterTable | undefined;

/** The digits each level's id takes: one per six bits of its largest id (as scripts/build-word-clusters.mjs writes). */
const widthOf = (groups: number): number => Math.max(1, Math.ceil(Math.log2(groups) / 6));

/**
 * The word's group at each level, coarse to fine ("journalist" shares all three with "writer", the coarser two
 * with "engineer"), or undefined for a word outside the 40,000 most frequent.
 */
export function wordGroups(lower: string): number[] | undefined {
  table ??= readResourceJson<WordClusterTable>(WORD_CLUSTERS_PATH);
  const entry = findSorted(table.entries, lower, ':');
  if (!entry) return undefined;
  let at = entry.indexOf(':') + 1;
  return table.levels.map((groups) => {
    let id = 0;
    for (const end = at + widthOf(groups); at < end; at++) id = id * 64 + DIGITS.indexOf(entry[at] ?? 'A');
    return id;
  });
}
