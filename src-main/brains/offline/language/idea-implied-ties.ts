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
 * group), "Nell Tarrow … the drifter Rob Tarrow" (a shared family name).
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
  return out;
}
