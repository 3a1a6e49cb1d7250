// Ties an idea implies with no verb or bond word between the two names: pronouns, the teller's kin, a family name.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { countedLabelGroup, tellersKin } from './idea-groups';
import type { IdeaPerson } from './idea-person';
import { shareFamilyName } from './idea-person-pronouns';
import { pronounPairTies } from './idea-pronoun-ties';

/** A tie between two people of the idea, and its kind. */
interface ImpliedTie {
  a: IdeaPerson;
  b: IdeaPerson;
  kind: RelationshipKind;
}

/**
 * The ties the idea implies, the surest first: "She raised him." (pronouns on both sides), "My father Emil … my
 * uncle Jure" (the teller's kin are family to each other), "Two brothers. One boat. Kofi …, Yaw …" (a counted
 * group), "Nell Tarrow … the drifter Rob Tarrow" (a shared family name), "the bride Mira … the groom Teo".
 */
export function impliedTies(idea: string, people: readonly IdeaPerson[]): ImpliedTie[] {
  const out: ImpliedTie[] = [...pronounPairTies(idea, people)];
  const everyPair = (members: readonly IdeaPerson[], kind: RelationshipKind) =>
    members.forEach((a, i) => members.slice(i + 1).forEach((b) => out.push({ a, b, kind })));
  everyPair(people.filter(tellersKin), 'family');
  const counted = countedLabelGroup(idea, people);
  if (counted) everyPair(counted.members, counted.kind);
  people.forEach((a, i) =>
    people.slice(i + 1).forEach((b) => {
      if (shareFamilyName(a, b)) out.push({ a, b, kind: 'family' });
    }),
  );
  // "the bride, Mira, … the groom, Teo": the wedding's couple are each other's.
  const roles = people.map((p) => weddingRole(idea, p));
  const bride = people.filter((_, i) => roles[i] === 'bride');
  const groom = people.filter((_, i) => roles[i] === 'groom');
  if (bride.length === 1 && groom.length === 1) out.push({ a: bride[0]!, b: groom[0]!, kind: 'romantic' });
  return out;
}

/** "the bride Mira", "Teo, the groom,": the part the person plays at the wedding the idea is about. */
function weddingRole(idea: string, p: IdeaPerson): 'bride' | 'groom' | undefined {
  const before = /\bthe\s+(bride|groom)\s*,?\s*$/i.exec(
    idea.slice(Math.max(0, p.mention.start - 20), p.mention.start),
  );
  const after = /^\s*,\s*the\s+(bride|groom)\b/i.exec(idea.slice(p.mention.end));
  const role = (before ?? after)?.[1]?.toLowerCase();
  return role === 'bride' || role === 'groom' ? role : undefined;
}
