// Reads relationship statements between named people ("A and B are siblings", "her brother John", "A loves B").
import type { RelationKind } from '../../../../src-preload/contract/intent';
import { LEXICON, phraseAlternation } from './lexicon';
import { RELATION_WORD } from './patterns';

/** A relationship found in the text, between two names (as written). */
export interface CandidateRelationship {
  source: string;
  target: string;
  kind: RelationKind;
  label: string;
}

/** "A (secretly) loves B": a relationship verb of the lexicon, after an optional adverb. */
export const RELATION_VERB = `(?:(?:${phraseAlternation(LEXICON.relationVerbAdverbs)})\\s+)?(${phraseAlternation(
  [...LEXICON.relationVerbs.values()].flatMap((v) => v.phrases),
)})`;

/** "A and B (once) dated": a relationship verb of a group, after an optional adverb. */
export const RECIPROCAL_RELATION_VERB = `(?:(?:${phraseAlternation(LEXICON.relationVerbAdverbs)})\\s+)?(${phraseAlternation(
  [...LEXICON.reciprocalRelationVerbs.values()].flatMap((v) => v.phrases),
)})\\b`;

/** The kind and label of a relationship verb as written. */
function verbKind(
  verb: string,
  table = LEXICON.relationVerbs,
): { kind: RelationKind; label: string } | undefined {
  for (const [kind, v] of table) if (v.phrases.includes(verb)) return { kind, label: v.label };
  return undefined;
}

const rx = (s: string): RegExp => new RegExp(s, 'g');

/** The relationship kind of a relationship word ("brother" → family); "other" when unknown. */
export function relationKindOf(word: string): RelationKind {
  return LEXICON.relations.get(word.toLowerCase())?.kind ?? 'other';
}

function nameAt(template: string, pos: number, names: readonly string[]): string | undefined {
  const before = template.slice(0, pos).match(/@n/g)?.length ?? 0;
  return names[before];
}

/**
 * Finds relationships in a template where each name reads "@n" (`names[k]` is the k-th).
 * "her/his brother John" takes the person mentioned just before as the other side.
 */
export function findRelationships(template: string, names: readonly string[]): CandidateRelationship[] {
  const out: CandidateRelationship[] = [];
  const push = (
    source: string | undefined,
    target: string | undefined,
    label: string,
    kind?: RelationKind,
  ): void => {
    if (!source || !target || source.toLowerCase() === target.toLowerCase()) return;
    const key = [source, target]
      .map((s) => s.toLowerCase())
      .sort()
      .join('|');
    if (
      out.some(
        (r) =>
          [r.source, r.target]
            .map((s) => s.toLowerCase())
            .sort()
            .join('|') === key,
      )
    )
      return;
    out.push({ source, target, kind: kind ?? relationKindOf(label), label });
  };
  // "A and B are (old) rivals", "make A and B best friends" — every pair in the group.
  for (const m of template.matchAll(
    rx(
      String.raw`(@n(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)@n)+)\s+(?:are|were|have been|become|became|used to be|should be|as|)\s*(?:[a-z'-]+\s+){0,3}?(${RELATION_WORD})\b`,
    ),
  )) {
    const first = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    const count = (m[1] ?? '').match(/@n/g)?.length ?? 0;
    for (let i = 0; i < count; i++)
      for (let j = i + 1; j < count; j++) push(names[first + i], names[first + j], m[2] ?? '');
  }
  // "A is B's brother".
  for (const m of template.matchAll(
    rx(
      String.raw`@n\s+(?:is|was|becomes|used to be|'s)\s+(?:also\s+)?@n's\s+(?:[a-z'-]+\s+)?(${RELATION_WORD})\b`,
    ),
  )) {
    push(nameAt(template, m.index ?? 0, names), nameAt(template, (m.index ?? 0) + 2, names), m[1] ?? '');
  }
  // "A is the mentor of B".
  for (const m of template.matchAll(
    rx(
      String.raw`@n\s+(?:is|was|becomes|'s)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:[a-z'-]+\s+)?(${RELATION_WORD})\s+(?:of|to)\s+@n`,
    ),
  )) {
    push(
      nameAt(template, m.index ?? 0, names),
      nameAt(template, (m.index ?? 0) + m[0].length - 2, names),
      m[1] ?? '',
    );
  }
  // "A loves B".
  for (const m of template.matchAll(rx(String.raw`@n\s+${RELATION_VERB}\s+@n`))) {
    const verb = m[1] ?? '';
    const hit = verbKind(verb);
    push(
      nameAt(template, m.index ?? 0, names),
      nameAt(template, (m.index ?? 0) + m[0].length - 2, names),
      hit?.label ?? verb,
      hit?.kind,
    );
  }
  // "A and B dated", "A, B and C grew up together" — every pair in the group.
  for (const m of template.matchAll(
    rx(String.raw`(@n(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)@n)+)\s+${RECIPROCAL_RELATION_VERB}`),
  )) {
    const first = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    const count = (m[1] ?? '').match(/@n/g)?.length ?? 0;
    const hit = verbKind(m[2] ?? '', LEXICON.reciprocalRelationVerbs);
    for (let i = 0; i < count; i++)
      for (let j = i + 1; j < count; j++)
        push(names[first + i], names[first + j], hit?.label ?? m[2] ?? '', hit?.kind);
  }
  // "A's brother B" and "A, … and her brother B": the possessor is the named or most recent person.
  for (const m of template.matchAll(
    rx(String.raw`(@n's|\bher|\bhis|\btheir)\s+(?:[a-z'-]+\s+)?(${RELATION_WORD}),?\s+@n`),
  )) {
    const target = nameAt(template, (m.index ?? 0) + m[0].length - 2, names);
    const before = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    const source = (m[1] ?? '').startsWith('@n') ? names[before] : names[before - 1];
    push(source, target, m[2] ?? '');
  }
  // "give A a sister called B", "a mentor for A: B", "A's new rival, B" — A is the anchor, B the newcomer.
  const NEW_KIN = String.raw`(?:an?|another|new)\s+(?:[a-z'-]+\s+)?(${RELATION_WORD})`;
  for (const m of template.matchAll(
    rx(
      String.raw`(?:\bgive\s+|^)@n\s+(?:(?:has|had|gets|now has|needs|should have|could use|deserves|will have)\s+)?${NEW_KIN}\s*[,:-]?\s*(?:(?:called|named|who is)\s+)?@n`,
    ),
  )) {
    const first = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    push(names[first], names[first + 1], m[1] ?? '');
  }
  for (const m of template.matchAll(
    rx(String.raw`${NEW_KIN}\s+(?:for|to)\s+@n\s*[,:-]?\s*(?:(?:called|named)\s+)?@n`),
  )) {
    const first = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    push(names[first], names[first + 1], m[1] ?? '');
  }
  // "a friendship between A and B": the noun gives the kind.
  for (const m of template.matchAll(
    rx(String.raw`\b(${RELATION_NOUNS})\s+(?:between|for)\s+@n\s*(?:,|and|&|with)\s*@n`),
  )) {
    const first = template.slice(0, m.index).match(/@n/g)?.length ?? 0;
    const noun = m[1] ?? '';
    const kind = LEXICON.relationNouns.get(noun);
    // A bare "relationship between A and B" names no kind: leave it to the relationship planner.
    if (kind) push(names[first], names[first + 1], noun, kind);
  }
  return out;
}

/** Nouns that name a relationship ("rivalry", "bond"), as a regex alternation. */
export const RELATION_NOUNS = phraseAlternation([...LEXICON.relationNouns.keys()]);
