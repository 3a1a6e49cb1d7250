// Names in one list are of one kind: "Charlotte , Maria and Kitty" are people, "Lisbon or Madeira" places.
import type { Evidence } from './classify-names';
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { isCommonWord, nameTag } from './word-tables';

/** Words that may stand between two coordinated names: "Charlotte , Maria and Kitty", "Lisbon or Madeira". */
const COORDINATORS = new Set([',', 'and', 'or', 'nor']);
/** Context weight of a coordinated neighbour whose own words say person or place. */
export const COORDINATION_CUE = 0.75;

/**
 * True when two names stand in one list: joined by "and"/"or", or by a comma that the list goes on after
 * ("Charlotte , Maria and Kitty"). A lone comma is not a list: "… the Armada , Katharine ?" is an address.
 */
function coordinated(tokens: readonly Token[], a: NameMention, b: NameMention): boolean {
  let conjunction = false;
  // "to Tarven , or to Ellsmoor": the word before the first name may stand again before the second.
  const repeated = tokens[a.first - 1]?.lower;
  const end =
    repeated && !COORDINATORS.has(repeated) && tokens[b.first - 1]?.lower === repeated
      ? b.first - 1
      : b.first;
  if (end - a.last < 1) return false;
  for (let k = a.last; k < end; k++) {
    const w = tokens[k]!.lower;
    if (!COORDINATORS.has(w)) return false;
    if (w !== ',') conjunction = true;
  }
  // "from Tarven , from Ellsmoor": a repeated preposition makes a list of a lone comma.
  return conjunction || end < b.first || COORDINATORS.has(tokens[b.last]?.lower ?? '');
}

/** Neighbouring mentions of two different names that stand in one list ("Ana and Bea", "to X , or to Y"). */
function* listedPairs(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
): Generator<readonly [NameMention, NameMention]> {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.key === b.key || b.first - a.last < 1 || b.first - a.last > 3) continue;
    if (coordinated(tokens, a, b)) yield [a, b];
  }
}

/** Names in one list are of one kind: a neighbour that its own words call a person or a place lends that cue. */
export function coordinationCues(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  ev: Map<string, Evidence>,
): void {
  const lean = (key: string): number => {
    const e = ev.get(key);
    return e ? e.personLex - e.placeLex : 0;
  };
  for (const [a, b] of listedPairs(tokens, mentions)) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const l = lean(from.key);
      const e = ev.get(to.key)!;
      // "Awfully", "Armada": ordinary words capitalised in a list borrow nothing from their neighbours.
      const last = to.words[to.words.length - 1]!.toLowerCase();
      if (isCommonWord(last) && !nameTag(last)) continue;
      if (l >= 1) e.personCtx += COORDINATION_CUE;
      else if (l <= -1) e.placeCtx += COORDINATION_CUE;
    }
  }
}

/**
 * "Quillane and Jessamy", "from Tarven , from Ellsmoor": a name seen once without a verdict of its own, in one list
 * with a name already judged a person (or a place), is one too (a second pass: the neighbour's own verdict may rest on
 * its other mentions).
 */
export function listedWithKind(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  undecided: (key: string) => boolean,
  isKind: (key: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of listedPairs(tokens, mentions)) {
    if (undecided(a.key) && isKind(b.key)) out.add(a.key);
    if (undecided(b.key) && isKind(a.key)) out.add(b.key);
  }
  return out;
}
