// Ties a clause states between a person and the earlier person a "her" or "his" in it points to.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { HOSTILE_ACTS, RELATION_NOUNS, RELATION_VERBS } from './brief-words';
import { groupVerbTie } from './idea-groups';
import type { IdeaPerson } from './idea-person';

/** A tie from `b` to the person a pronoun after `b` points to. */
export interface PronounTie {
  owner: IdeaPerson;
  kind: RelationshipKind;
}

/**
 * "Baron Ulm, the man who wrecked her farm" (an enemy), "Rui, the one who jilted her," (a romance), "Maud,
 * the wife of his nephew" (family): what the clause right after `b` makes them to the owner of its pronoun.
 */
export function pronounTie(
  people: readonly IdeaPerson[],
  b: IdeaPerson,
  afterB: string,
): PronounTie | undefined {
  const named = contactClauseTie(people, b, afterB);
  if (named) return named;
  const act = whoClauseAct(afterB) ?? relativeOfOwner(afterB) ?? objectPronounAct(afterB);
  if (!act) return undefined;
  const owner = pronounOwner(people, b, act.pronoun);
  return owner ? { owner, kind: act.kind } : undefined;
}

/**
 * "Piet, the man Gus vowed to kill", "Ana, the woman she left behind": a clause about `b` whose subject is
 * someone named (or a pronoun) ties that person to `b` by its verb.
 */
function contactClauseTie(
  people: readonly IdeaPerson[],
  b: IdeaPerson,
  afterB: string,
): PronounTie | undefined {
  const m =
    /^\s*,\s*the\s+(?:man|woman|one|guy|girl|boy|kid|person)\s+(she|he|\p{Lu}[\p{L}-]+)\s+([^,.;:!?—]{1,40})/u.exec(
      afterB,
    );
  const kind = m ? groupVerbTie(m[2]!) : undefined;
  if (!m || !kind) return undefined;
  const subject = m[1]!;
  const owner = /^(?:she|he)$/.test(subject)
    ? pronounOwner(people, b, subject === 'she' ? 'her' : 'his')
    : people.find((q) => q !== b && (q.name === subject || q.name.split(' ')[0] === subject));
  return owner ? { owner, kind } : undefined;
}

/** "Her brother, Aksel, hates him": the person's own verb done to an earlier person, named by pronoun. */
function objectPronounAct(afterB: string): ClauseAct | undefined {
  const m = /^\s*,?\s*((?:[\p{Ll}-]+\s+){1,3}?)(him|her)\b(?:\s+([\p{Ll}-]+))?/u.exec(afterB);
  if (!m || (m[2] === 'her' && m[3] && isNounAfterPronoun(m[3]))) return undefined;
  const kind = groupVerbTie(m[1]!);
  return kind ? { kind, pronoun: m[2]! } : undefined;
}

/** The clause's tie and its pronoun. */
interface ClauseAct {
  kind: RelationshipKind;
  pronoun: string;
}

/**
 * "…, the man who burned her farm", "… is the one who jilted her in college": a hostile act makes an enemy
 * whether it is done to the owner or to what is theirs; another tie's verb counts only when done to the owner
 * ("who married her", not "who married her sister").
 */
function whoClauseAct(afterB: string): ClauseAct | undefined {
  const m =
    /^\s*(?:,|is|was)\s*[^,.;!?]{0,40}?\bwho\s+(?:had\s+|has\s+|once\s+)?([\p{Ll}-]+)\s+(her|his|him)\b(?:\s+([\p{Ll}-]+))?/u.exec(
      afterB,
    );
  const verb = m?.[1];
  const pronoun = m?.[2];
  if (!verb || !pronoun) return undefined;
  const next = m[3];
  const kind = RELATION_VERBS.find(([v]) => v === verb)?.[1];
  if (HOSTILE_ACTS.has(verb) || kind === 'enemy') return { kind: 'enemy', pronoun };
  // "jilted her in college": the pronoun is the object when no noun of hers follows it.
  const objectOnly = pronoun === 'him' || (pronoun === 'her' && (!next || !isNounAfterPronoun(next)));
  return kind && objectOnly ? { kind, pronoun } : undefined;
}

/** Whether the word after "her" is what is hers ("her farm", "her sister"), not the rest of the clause. */
function isNounAfterPronoun(word: string): boolean {
  return !/^(?:at|in|on|to|for|with|and|but|from|into|when|while|years|once|again|twice|before|after)$/.test(
    word,
  );
}

/** "Maud, the wife of his nephew": a family or romantic bond of the owner's relative makes them family. */
function relativeOfOwner(afterB: string): ClauseAct | undefined {
  const m =
    /^\s*,\s*the\s+([\p{Ll}-]+)\s+of\s+(his|her)\s+(?:(?:late|eldest|oldest|youngest|only|own)\s+)?([\p{Ll}-]+)/u.exec(
      afterB,
    );
  if (!m) return undefined;
  const bond = RELATION_NOUNS.get(m[1]!);
  const kin = RELATION_NOUNS.get(m[3]!);
  const tied = (bond === 'family' || bond === 'romantic') && kin === 'family';
  return tied ? { kind: 'family', pronoun: m[2]! } : undefined;
}

/** The last person named before `b` whom the pronoun fits, else the last whose gender the idea does not say. */
function pronounOwner(people: readonly IdeaPerson[], b: IdeaPerson, pronoun: string): IdeaPerson | undefined {
  const gender = pronoun === 'her' ? 'female' : 'male';
  const earlier = people.filter((q) => q.mention.first < b.mention.first);
  return earlier.findLast((q) => q.gender === gender) ?? earlier.findLast((q) => !q.gender);
}
