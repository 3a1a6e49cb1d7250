// Ties a clause states between a person and the earlier person a "her" or "his" in it points to.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { HOSTILE_ACTS, PRONOUN_OBJECT_VERBS, RELATION_NOUNS, RELATION_VERBS } from './brief-words';
import { groupVerbTie } from './idea-groups';
import type { IdeaPerson } from './idea-person';
import { lastOfGender } from './idea-person-pronouns';

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
  idea: string,
  people: readonly IdeaPerson[],
  b: IdeaPerson,
): PronounTie | undefined {
  const afterB = idea.slice(b.mention.end);
  const named = contactClauseTie(people, b, afterB);
  if (named) return named;
  const act =
    whoClauseAct(afterB) ??
    relativeOfOwner(afterB) ??
    objectPronounAct(afterB) ??
    coordinatedPronounAct(afterB) ??
    whoClauseAct(whoClauseBefore(idea, b));
  if (!act) return undefined;
  const owner = pronounOwner(people, act.pronoun, b);
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
    ? pronounOwner(people, subject === 'she' ? 'her' : 'his', b)
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

/**
 * "The man who showed her how to fence, Arvid, …": a who-clause describing the person before their name, as the
 * clause after a comma that {@link whoClauseAct} reads ("" when there is none).
 */
function whoClauseBefore(idea: string, b: IdeaPerson): string {
  const clauseBefore = (end: number): string => {
    const leadIn = /[^.!?;:]*$/.exec(idea.slice(0, end))![0];
    const m =
      /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|one|guy|girl|boy|person|lady)\s+(who\s[^,]+),\s*$/u.exec(
        leadIn,
      );
    return m ? `, ${m[1]!}` : '';
  };
  // "the woman who taught him, senior potter Ines": the clause may stand before the person's own phrase.
  return clauseBefore(b.mention.start) || (b.from < b.mention.start ? clauseBefore(b.from) : '');
}

/** A tie between two earlier people that a sentence says with pronouns alone: "She raised him alone." */
export interface PronounPairTie {
  a: IdeaPerson;
  b: IdeaPerson;
  kind: RelationshipKind;
}

const PRONOUN_PAIR =
  /(?:^|[.!?;]\s+|\b(?:and|but|then|so)\s+)([Ss]he|[Hh]e)\s+(?:[\p{Ll}]+ly\s+)?(?:(?:had|has|once|still|always)\s+)?([\p{Ll}-]+(?:\s+up)?)\s+(him|her)\b(?:\s+([\p{Ll}-]+))?/gu;

/**
 * "She raised him alone.", "… and he taught her to sail": a verb between a subject and an object pronoun
 * of the other gender ties the last person of each gender named before it. A pronoun of the same gender on both
 * sides could be anyone, so it ties no one.
 */
export function pronounPairTies(idea: string, people: readonly IdeaPerson[]): PronounPairTie[] {
  const out: PronounPairTie[] = [];
  for (const m of idea.matchAll(PRONOUN_PAIR)) {
    const [subject, verb, object, next] = [m[1]!.toLowerCase(), m[2]!, m[3]!, m[4]];
    if ((subject === 'she') === (object === 'her')) continue;
    // "she teaches her son": the pronoun is whose the next noun is, not the verb's object.
    if (object === 'her' && next && isNounAfterPronoun(next)) continue;
    const kind = HOSTILE_ACTS.has(verb) ? 'enemy' : PRONOUN_OBJECT_VERBS.get(verb);
    if (!kind) continue;
    const before = people.filter((q) => q.mention.start < m.index);
    const b = pronounOwner(before, object);
    const a = pronounOwner(
      before.filter((q) => q !== b),
      object === 'her' ? 'his' : 'her',
    );
    if (a && b) out.push({ a, b, kind });
  }
  return out;
}

/**
 * "Lila rents the shop next door, undercuts him on every loaf": a later verb of the person's own clause, done to
 * an earlier person named by pronoun. Nobody else may be named on the way.
 */
function coordinatedPronounAct(afterB: string): ClauseAct | undefined {
  const m =
    /^[^.!?;:\p{Lu}]{0,80}?(?:,|\band)\s+(?:then\s+)?([\p{Ll}-]+)\s+(him|her)\b(?:\s+([\p{Ll}-]+))?/u.exec(
      afterB,
    );
  if (!m || (m[2] === 'her' && m[3] && isNounAfterPronoun(m[3]))) return undefined;
  const kind = HOSTILE_ACTS.has(m[1]!) ? 'enemy' : PRONOUN_OBJECT_VERBS.get(m[1]!);
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
function pronounOwner(
  people: readonly IdeaPerson[],
  pronoun: string,
  b?: IdeaPerson,
): IdeaPerson | undefined {
  const earlier = b ? people.filter((q) => q.mention.first < b.mention.first) : people;
  return lastOfGender(earlier, pronoun === 'her' ? 'female' : 'male');
}
