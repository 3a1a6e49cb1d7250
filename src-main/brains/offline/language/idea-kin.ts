// Family ties an idea implies through other people: a plural bond's list, kin of kin and kin by marriage.
import type { BriefRelation } from '../../../../src-preload/contract/idea-brief';
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { RELATION_NOUNS, singular } from './brief-words';
import type { IdeaPerson } from './idea-person';

/** Whether a person's bond word is written in the plural ("her sons, Abe and Ben"): the whole list shares it. */
export function pluralBond(p: IdeaPerson): boolean {
  const noun = p.possessed?.noun;
  return (
    !!noun &&
    p.phrases.some((ph) =>
      ph
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w !== noun && singular(w) === noun),
    )
  );
}

/** "his three granddaughters, Kim, Lien and Hoa, are married": children or siblings listed under one bond are family. */
export function siblingsOf(first: IdeaPerson): RelationshipKind | undefined {
  const noun = first.possessed?.noun ?? '';
  const kin = RELATION_NOUNS.get(noun) === 'family' && !/parent/.test(noun);
  return kin && pluralBond(first) ? 'family' : undefined;
}

/** "Omar, his wife Salma and her brother Karim": the family of the lead's spouse or kin is the lead's family. */
export function kinByMarriage(
  relations: readonly BriefRelation[],
  lead: IdeaPerson,
  p: IdeaPerson,
): RelationshipKind | undefined {
  const other = (r: BriefRelation, name: string) => (r.a === name ? r.b : r.b === name ? r.a : undefined);
  const kinOfP = relations.filter((r) => r.kind === 'family').map((r) => other(r, p.name));
  const close = relations.some(
    (r) => (r.kind === 'romantic' || r.kind === 'family') && kinOfP.includes(other(r, lead.name)),
  );
  return close ? 'family' : undefined;
}

/** The people already tied to `person` as family. */
export function kinOf(
  people: readonly IdeaPerson[],
  ties: readonly BriefRelation[],
  person: IdeaPerson,
): IdeaPerson[] {
  const names = ties
    .filter((r) => r.kind === 'family' && (r.a === person.name || r.b === person.name))
    .map((r) => (r.a === person.name ? r.b : r.a));
  return people.filter((q) => names.includes(q.name));
}
