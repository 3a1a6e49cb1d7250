// Finds a project's known names in a message: case-insensitive whole-word matches, the longest names first.
import { boundedMemo } from '../../../shared/bounded-memo';
import type { NameMention } from './names';
import { escapeRegex } from './text-utils';

/** Finds the project's known names anywhere in the text, case-insensitively. */
export function findKnown(text: string, known: readonly string[]): NameMention[] {
  if (known.length === 0) return [];
  const out: NameMention[] = [];
  const lower = foldsLikeAscii(text) ? text.toLowerCase() : undefined;
  for (const { name, pattern, asciiLower } of longestFirst(known)) {
    // A project holds hundreds of names and a message mentions few: a substring test spares most searches.
    if (lower !== undefined && asciiLower !== undefined && !lower.includes(asciiLower)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!out.some((o) => start < o.end && end > o.start)) out.push({ name, start, end, source: 'known' });
    }
  }
  return out;
}

/** The searches of a list of known names, longest first; one parse reads its context's list several times. */
const searchLists = new WeakMap<readonly string[], KnownNameSearch[]>();

function longestFirst(known: readonly string[]): KnownNameSearch[] {
  let list = searchLists.get(known);
  if (!list) {
    list = [...known]
      .sort((a, b) => b.length - a.length)
      .filter((name) => name.trim())
      .map(knownNameSearch);
    searchLists.set(known, list);
  }
  return list;
}

/**
 * Whether a case-insensitive match of an ASCII name can be found by lower-casing alone: only the Kelvin sign and
 * the long s fold onto ASCII letters (K, s), so a text without them holds an ASCII name only as its lower case.
 */
const foldsLikeAscii = (text: string): boolean => !/[\u017F\u212A]/.test(text);

/** How a known name is searched for: its pattern, and its lower case when it is ASCII (for the quick test). */
interface KnownNameSearch {
  name: string;
  pattern: RegExp;
  asciiLower: string | undefined;
}

/** Each known name's search, prepared once. */
const knownNameSearch = boundedMemo((name): KnownNameSearch => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?![\\p{L}\\p{N}])`, 'giu'),
  asciiLower: /^\p{ASCII}*$/u.test(name) ? name.toLowerCase() : undefined,
}));
