// Relation verbs between two names of an idea: which verb the words before a name hold, and the kind it gives.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { CONTEST_WORDS, RELATION_VERBS, hasPhrase, singular } from './brief-words';
import { escapeRegex } from '../understand/text-utils';

/**
 * The first relation verb in the words before a name whose object is not a pronoun; after a group ("Lev and Isak
 * hunt down Kasper") its plural form counts too, kept as the listed form.
 */
export function relationVerb(
  toName: string,
  afterGroup: boolean,
): readonly [string, RelationshipKind] | undefined {
  const plural = (v: string) => v.replace(/^[\p{Ll}-]{3,}[^su]s\b/u, (w) => singular(w));
  return RELATION_VERBS.find(
    ([v]) =>
      (hasPhrase(toName, v) && !pronounObject(toName, v)) ||
      (afterGroup && plural(v) !== v && hasPhrase(toName, plural(v)) && !pronounObject(toName, plural(v))),
  );
}

/** "Wu, who trains her to face Zhao": the verb's object is the pronoun, so the verb says nothing of the next name. */
function pronounObject(text: string, verb: string): boolean {
  // "her" is an object only where no noun follows it ("trains her to fight", not "teaches her neighbour").
  const object = String.raw`(?:him|them)\b|her\s+(?:to|for|into|until|and|but)\b|her\s*,`;
  return new RegExp(String.raw`\b${escapeRegex(verb)}\s+(?:${object})`, 'i').test(text);
}

/** The kind a relation verb gives, except that "against" in a contest ("the final … against Kevin") makes rivals. */
export function verbKind(
  [verb, kind]: readonly [string, RelationshipKind],
  toName: string,
): RelationshipKind {
  if (verb !== 'against') return kind;
  const contest = toName
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => CONTEST_WORDS.has(w));
  return contest ? 'rivalry' : kind;
}
