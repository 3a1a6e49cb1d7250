// Bond words around two names of an idea: the first relation noun between them, or a bond said right after the second.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { RELATION_NOUNS } from './brief-words';

/** "he's", "who's": a verb, not a possessive. */
const CONTRACTION = /^(?:he|she|it|that|who|there|what|where|here)['’]s$/;

/** Bond words that say what someone is, not to whom: "the wealthy widow" is nobody's in the story yet. */
export const STATUS_BONDS = new Set(['widow', 'widower']);

/**
 * The first relation noun between two names, leaving out a possessive chain: in "falls for her employer's son, B"
 * or "and the ship's doctor, B" the nouns tie B to someone or something else.
 */
export function bondNoun(between: string): RelationshipKind | undefined {
  const words = between.toLowerCase().split(/[^\p{L}'’-]+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "he's", "who's" are a verb, not a possessive.
    if (/['’]s$/.test(w) && !CONTRACTION.test(w)) {
      i++;
      continue;
    }
    const noun = w.replace(/^['’-]+|['’-]+$/g, '');
    // "Ilse Brandt (70, widow) who coached Pia": a widow is what someone is, not a tie to the next name.
    const kind = STATUS_BONDS.has(noun) ? undefined : RELATION_NOUNS.get(noun);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * "A, who was once B's fiancée," or "A, B's sister,": the bond word after B's possessive is what A is to B, when
 * only a comma or a "who is/was" clause stands between them.
 */
export function appositiveBond(between: string, afterB: string): RelationshipKind | undefined {
  if (
    !/^\s*,\s*(?:who\s+(?:is|was|had been|has been|used to be)\s+(?:once\s+|also\s+|still\s+)?)?$/i.test(
      between,
    )
  )
    return undefined;
  const noun = /^['’]s?\s+(?:(?:[\p{Ll}-]+)\s+){0,2}?([\p{Ll}-]+)/u.exec(afterB);
  return noun ? RELATION_NOUNS.get(noun[1]!) : undefined;
}

/** "takes an orphan, Kofi, on as her apprentice": the bond word after "as her/his" right after B's name. */
export function asBond(afterB: string): RelationshipKind | undefined {
  const m = /^[^.;!?]{0,20}?\bas\s+(?:her|his|their)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)/u.exec(afterB);
  // "as her apprentice", "as his unpaid apprentice": the first bond word of the two.
  return m
    ? m[1]!
        .split(/\s+/)
        .map((w) => RELATION_NOUNS.get(w))
        .find(Boolean)
    : undefined;
}
