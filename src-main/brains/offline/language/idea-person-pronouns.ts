// Whom pronouns and possessives point to among an idea's people: genders from pronouns, the owner of "her …".
import type { BriefPerson } from '../../../../src-preload/contract/idea-brief';
import { RELATION_NOUNS } from './brief-words';
import type { IdeaPerson } from './idea-person';
import type { Token } from './tokenize';
import { nameTag } from './word-tables';

/** Personal pronouns and possessives of one gender. */
export const PRONOUNS: Record<string, 'female' | 'male'> = {
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
  he: 'male',
  his: 'male',
  him: 'male',
  himself: 'male',
};

/** The gender the name lexicon gives a person's first name, if it gives one. */
export function lexiconGender(name: string): BriefPerson['gender'] {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  // "Ramón", "Inês": the lexicon spells most names without their accents.
  const tag = nameTag(first) ?? nameTag(first.normalize('NFD').replace(/\p{M}/gu, ''));
  if (tag === 'female' || tag === 'male') return tag;
  return undefined;
}

/**
 * Sets each person's gender from the pronouns that refer to them: a pronoun after a person's name and before the
 * next person's refers to them ("Lars forgets his own wedding day").
 */
export function pronounGenders(tokens: readonly Token[], people: IdeaPerson[]): void {
  const order = [...people].sort((a, b) => a.mention.first - b.mention.first);
  // "When her father, Tomás, … teenage Lucía": a possessive before anyone is named points forward to the next
  // person, whose gender it states before any later pronoun can mislead.
  const lead = order[0];
  const forward = lead?.possessed ? PRONOUNS[lead.possessed.owner.toLowerCase()] : undefined;
  const target = order.slice(1).find((q) => !q.machine && !lexiconGender(q.name));
  if (forward && target && !target.gender) target.gender = forward;
  order.forEach((p, i) => {
    if (p.gender || p.machine) return;
    const known = lexiconGender(p.name);
    if (known) {
      p.gender = known;
      return;
    }
    const next = order[i + 1];
    const stop = next?.mention.first ?? tokens.length;
    let bonded: BriefPerson['gender'];
    for (let k = p.mention.last; k < stop; k++) {
      // "Tolu is the caterer who can't stand him": in the person's own sentence "him" is someone else.
      if (tokens[k]!.lower === 'him' && tokens[k]!.sent === tokens[p.mention.first]!.sent) continue;
      const g = PRONOUNS[tokens[k]!.lower];
      // "Lucía … Andrés. Her foster son, Mateo": a pronoun introducing the next person is that phrase's owner, who
      // is someone earlier of that gender when there is one.
      if (g && next && tokens[k]!.start >= next.from && order.slice(0, i).some((q) => q.gender === g)) break;
      // "… hunting her brother Sam": a possessive before a bond word may point at someone else's family, so it
      // only counts when nothing else says ("Kwabena … teaches his niece").
      const bond = [1, 2].some((d) => RELATION_NOUNS.has(tokens[k + d]?.lower ?? ''));
      if (g && !bond) {
        p.gender = g;
        return;
      }
      // "… Jonas. Her brother, Aksel": a possessive opening a sentence is the sentence subject's, which `ownerOf` finds.
      if (g && !tokens[k]!.sentStart) bonded ??= g;
    }
    // A first name ending in -a is more often a woman's, but a pronoun about the person says more.
    if (bonded) p.gender = bonded;
    else if (/a$/i.test(p.name.split(' ')[0]!)) p.gender = 'female';
  });
  // "her estranged daughter Inês": the owner pronoun is the gender of the person the phrase points back to.
  for (const p of people) {
    const owner = p.possessed?.owner.toLowerCase();
    const g = owner ? PRONOUNS[owner] : undefined;
    const target = p.possessed ? ownerOf(people, p) : undefined;
    if (g && target && !target.gender) target.gender = g;
  }
}

/**
 * The named person a possessive phrase points to: "her/his" the nearest earlier person (or whom that person's own
 * "her/his" points to), else the next one.
 */
export function ownerOf(people: readonly IdeaPerson[], p: IdeaPerson, idea?: string): IdeaPerson | undefined {
  if (!p.possessed) return undefined;
  const owner = p.possessed.owner;
  // "The last tram … its driver Odile": what "its" owns belongs to a thing, not to anyone in the idea.
  if (owner.toLowerCase() === 'its') return undefined;
  const byName = people.find((q) => q !== p && (q.name === owner || q.name.split(' ')[0] === owner));
  if (byName) return byName;
  // "When her father, Tobias Vell, … Mina Vell": kin who share a family name are each other's.
  const kin = RELATION_NOUNS.get(p.possessed.noun) === 'family';
  const namesake = kin ? people.find((q) => q !== p && shareFamilyName(q, p)) : undefined;
  if (namesake) return namesake;
  const pronounGender = PRONOUNS[owner.toLowerCase()];
  // "Ivy, the niece of her bitter rival Greta": the "her" is not Ivy's, whom the phrase describes.
  const other = (q: IdeaPerson) => q !== p && !(idea && describedAsBondOf(idea, q, p));
  // People whose gender is known to match come before people whose gender is unknown.
  const sure = (q: IdeaPerson) => other(q) && (!pronounGender || q.gender === pronounGender);
  const maybe = (q: IdeaPerson) => other(q) && (!pronounGender || !q.gender || q.gender === pronounGender);
  // "Selim owes a dealer 900 lira. His son Emir …": a possessive opening a sentence is the owner's
  // who opened the sentence before.
  const before = people.filter((q) => q.mention.first < p.mention.first && maybe(q));
  const lastSentence = before[before.length - 1]?.sentence ?? p.sentence;
  const subject = before.find((q) => q.sentence === lastSentence);
  if (p.opensSentence && subject && lastSentence < p.sentence) return subject;
  // "… took Greta's farm, and her grandson Max": the person named last before the phrase, by any mention.
  const lastBefore = (q: IdeaPerson) =>
    Math.max(-1, ...(q.mentionFirsts ?? [q.mention.first]).filter((k) => k < p.mention.first));
  for (const fits of [sure, maybe]) {
    const earlier = people
      .filter((q) => q.mention.first < p.mention.first && fits(q))
      .sort((a, b) => lastBefore(a) - lastBefore(b));
    const nearest = earlier[earlier.length - 1];
    // "Liu challenges Zhao, his rival, … his daughter Meimei": the same possessive twice points to one owner.
    const sameOwner = nearest?.possessed?.owner.toLowerCase() === owner.toLowerCase();
    const theirs = sameOwner && nearest ? ownerOf(people, nearest, idea) : undefined;
    if (theirs && theirs !== p && fits(theirs)) return theirs;
    if (nearest) return nearest;
  }
  // "When her father, Tomás, …, Lucía": a possessive before anyone it fits points forward.
  return (
    people.find((q) => q.mention.first > p.mention.first && sure(q)) ??
    people.find((q) => q.mention.first > p.mention.first && maybe(q))
  );
}

/** Whether two people's names end in the same family name ("Ada Voss", "Teo Voss"), their given names apart. */
export function shareFamilyName(a: IdeaPerson, b: IdeaPerson): boolean {
  const wa = a.name.toLowerCase().split(/\s+/);
  const wb = b.name.toLowerCase().split(/\s+/);
  return wa.length > 1 && wb.length > 1 && wa.at(-1) === wb.at(-1) && wa[0] !== wb[0];
}

/** "Ivy, the niece of …, Greta": `q`'s appositive is a bond of the phrase that names `p`. */
function describedAsBondOf(idea: string, q: IdeaPerson, p: IdeaPerson): boolean {
  return /^\s*,\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}of\s*$/u.test(idea.slice(q.mention.end, p.from));
}

/** Of people named before a pronoun, the last of its gender, else the last whose gender the idea does not say. */
export function lastOfGender(
  earlier: readonly IdeaPerson[],
  gender: 'female' | 'male',
): IdeaPerson | undefined {
  return earlier.findLast((q) => q.gender === gender) ?? earlier.findLast((q) => !q.gender);
}
