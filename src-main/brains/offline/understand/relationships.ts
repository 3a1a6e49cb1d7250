// Reads relationship statements between named people ("A and B are siblings", "her brother John", "A loves B").
import type { RelationKind } from '../../../../src-preload/contract/intent';
import { LEXICON } from './lexicon';
import { RELATION_WORD } from './patterns';

/** A relationship found in the text, between two names (as written). */
export interface CandidateRelationship {
  source: string;
  target: string;
  kind: RelationKind;
  label: string;
}

const VERB_KINDS: Array<[RegExp, RelationKind, string]> = [
  [
    /^(?:is in love with|loves|is dating|is married to|married|is engaged to|has a crush on|kissed)$/,
    'romantic',
    'love',
  ],
  [/^(?:hates|despises|betrayed|wants to kill|is hunting)$/, 'enemy', 'hatred'],
  [/^(?:resents|envies|competes with)$/, 'rivalry', 'rivalry'],
  [/^(?:works for|works with|employs|hired)$/, 'professional', 'work'],
  [/^(?:mentors|trains|teaches|idolizes|idolises)$/, 'mentor', 'mentor'],
  [/^(?:is friends with|befriends|trusts)$/, 'friendship', 'friends'],
  [/^(?:is related to|raised|adopted)$/, 'family', 'family'],
];
const VERBS = VERB_KINDS.map(([r]) => r.source.slice(4, -2)).join('|');

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
    rx(String.raw`@n\s+(?:is|was|becomes|'s)\s+(?:also\s+)?@n's\s+(?:[a-z'-]+\s+)?(${RELATION_WORD})\b`),
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
  for (const m of template.matchAll(rx(String.raw`@n\s+(${VERBS})\s+@n`))) {
    const verb = m[1] ?? '';
    const hit = VERB_KINDS.find(([r]) => r.test(verb));
    push(
      nameAt(template, m.index ?? 0, names),
      nameAt(template, (m.index ?? 0) + m[0].length - 2, names),
      hit?.[2] ?? verb,
      hit?.[1],
    );
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
    const kind = NOUN_KINDS[noun];
    // A bare "relationship between A and B" names no kind: leave it to the relationship planner.
    if (kind) push(names[first], names[first + 1], noun, kind);
  }
  return out;
}

/** Kinds of the nouns that name a relationship ("a rivalry between A and B"). */
const NOUN_KINDS: Record<string, RelationKind> = {
  friendship: 'friendship',
  rivalry: 'rivalry',
  feud: 'rivalry',
  romance: 'romantic',
  'love affair': 'romantic',
  affair: 'romantic',
  marriage: 'romantic',
  partnership: 'professional',
  alliance: 'friendship',
  mentorship: 'mentor',
  enmity: 'enemy',
};
/** Nouns that name a relationship, as a regex alternation. */
export const RELATION_NOUNS = [...Object.keys(NOUN_KINDS), 'relationship', 'connection', 'bond', 'link'].join(
  '|',
);
