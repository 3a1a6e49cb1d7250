// Names the text itself declares to be one person: "Elizabeth, whom everyone called Lizzy", "…, though his name was Pat Moran".
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';

/** Verbs that give a person a name: "called Nell", "known as Lucky Pat". */
const NAMING_VERBS = new Set([
  'called',
  'call',
  'calls',
  'named',
  'nicknamed',
  'christened',
  'dubbed',
  'styled',
]);
/** Verbs that take "as" before the name: "known as", "knew him as". */
const AS_VERBS = new Set(['known', 'knew', 'know', 'knows', 'addressed']);
/** Words that open a naming clause right after a name and its comma: "Eleanor , whom her brothers called Nell". */
const CLAUSE_OPENERS = new Set([
  'whom',
  'who',
  'known',
  'called',
  'nicknamed',
  'named',
  'better',
  'commonly',
  'generally',
  'familiarly',
  'affectionately',
  'otherwise',
  'or',
]);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself', 'me', 'myself']);
/** Tokens between the antecedent name and the new name: a naming clause is short. */
const MAX_CLAUSE = 14;

/** Index of the naming verb whose object is the name starting at `first`, or -1. */
export function namingVerbBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) k--;
  const t = tokens[k];
  if (!t) return -1;
  if (NAMING_VERBS.has(t.lower)) return k;
  if (t.lower === 'as') {
    let v = k - 1;
    if (OBJECT_PRONOUNS.has(tokens[v]?.lower ?? '')) v--;
    if (AS_VERBS.has(tokens[v]?.lower ?? '')) return v;
  }
  return -1;
}

/** "his name was", "her real name is": returns the index of "name" when it directly precedes the mention. */
export function nameWasBefore(tokens: readonly Token[], first: number): number {
  const verb = tokens[first - 1]?.lower;
  const noun = tokens[first - 2]?.lower;
  return (verb === 'was' || verb === 'is') && noun === 'name' ? first - 2 : -1;
}

/**
 * Pairs [earlier mention, introduced name] of person mentions that the sentence declares co-referent.
 * Only two shapes, both conservative: a naming clause hanging on the name ("Eleanor , whom her brothers
 * called Nell", "Pat , known as Lucky Pat"), and "his/her name was X" after a name in the same sentence.
 * "A man called Mr. Digby" has no earlier name, so it links nothing.
 */
export function introducedAliases(
  tokens: readonly Token[],
  persons: readonly NameMention[],
): [NameMention, NameMention][] {
  const out: [NameMention, NameMention][] = [];
  const sorted = [...persons].sort((a, b) => a.first - b.first);
  sorted.forEach((n, i) => {
    const before = sorted.slice(0, i).filter((m) => tokens[m.first]!.sent === tokens[n.first]!.sent);
    const prev = before[before.length - 1];
    if (!prev || n.first - prev.last > MAX_CLAUSE) return;
    const verb = namingVerbBefore(tokens, n.first);
    if (verb > prev.last) {
      const opener = tokens[prev.last + 1]?.lower ?? '';
      if (tokens[prev.last]?.text === ',' && CLAUSE_OPENERS.has(opener)) out.push([prev, n]);
      return;
    }
    if (nameWasBefore(tokens, n.first) > prev.last) out.push([prev, n]);
  });
  return out;
}
