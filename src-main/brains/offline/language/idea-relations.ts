// Relations between the people of an idea: stated bonds ("her daughter"), verbs between names, then defaults.
import type { BriefRelation } from '../../../../src-preload/contract/idea-brief';
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import {
  FAMILY_TITLES,
  RELATION_NOUNS,
  RELATION_VERBS,
  ROMANCE_LABELS,
  ROLE_LABELS,
  ROMANTIC_PAIR_PHRASES,
  VILLAIN_WORDS,
  hasPhrase,
  singular,
  withoutAdverbs,
} from './brief-words';
import type { IdeaPerson } from './idea-person';
import { ownerOf } from './idea-person-pronouns';
import { groupKind, pairClauseKind, pairTheyKind } from './idea-groups';
import { impliedTies } from './idea-implied-ties';
import { kinByMarriage, kinOf, pluralBond, siblingsOf } from './idea-kin';
import { guessTieKind, type TieKindModel } from './tie-kind-guess';
import { pronounTie } from './idea-pronoun-ties';
import { verbSubject } from './idea-verb-subject';
import { laterTies } from './idea-mention-spans';
import { relationVerb, verbKind } from './idea-relation-verbs';
import { appositiveBond, asBond, bondNoun, STATUS_BONDS } from './idea-bond-words';
import { withoutAbbreviationStops } from './tokenize';
import { honorificStatus } from './word-tables';
import { escapeRegex } from '../understand/text-utils';

const MENTOR_JOBS = /\b(teacher|coach|tutor|mentor|trainer|instructor|professor|master)\b/;

/**
 * Every named pair the idea links, plus a tie from each other person to the protagonist, with its kind (a tie no word
 * names takes the kind `tieKinds` guesses, the shipped guess when absent).
 */
export function ideaRelations(
  idea: string,
  people: readonly IdeaPerson[],
  protagonist: IdeaPerson | undefined,
  tieKinds?: TieKindModel,
): BriefRelation[] {
  const out: BriefRelation[] = [];
  const has = (a: IdeaPerson, b: IdeaPerson) =>
    out.some((r) => (r.a === a.name && r.b === b.name) || (r.a === b.name && r.b === a.name));
  const add = (a: IdeaPerson, b: IdeaPerson, kind: RelationshipKind, words: string) => {
    if (a !== b && !has(a, b)) out.push({ a: a.name, b: b.name, kind, words });
  };
  // 1. Possessive bonds: "her estranged daughter Inês" → Inês is family of the "her". A neighbour says only where
  // someone lives: a verb or noun between the two ("competes with her neighbour") decides first, in step 3.
  const weak: (() => void)[] = [];
  for (const p of people) {
    const owner = ownerOf(people, p, idea);
    const kind = p.possessed ? RELATION_NOUNS.get(p.possessed.noun) : undefined;
    const bond = () => owner && kind && add(owner, p, kind, p.epithet ?? p.possessed!.noun);
    if (p.possessed && WEAK_BONDS.has(p.possessed.noun)) weak.push(bond);
    else bond();
    // "his three granddaughters, Kim, Lien and Hoa": a plural bond names each of the list that follows.
    if (owner && kind && pluralBond(p))
      for (const q of people)
        if (!q.possessed && groupBefore(people, q).includes(p)) add(owner, q, kind, p.epithet ?? '');
    // "Ana … Her sister Bea … Their grandmother Rosa": "their" owns for the owner's kin too.
    if (owner && kind === 'family' && p.possessed?.owner.toLowerCase() === 'their')
      for (const kin of kinOf(people, out, owner)) add(kin, p, kind, p.epithet ?? p.possessed.noun);
  }
  // 2. Groups: "twins Abby and Beth", "two feuding bakery owners, Rolf and Ed", "Ilse and Marta … their divorce".
  // "Aysel's grandson Can and Derya's granddaughter Ela fall in love": people each bound to someone else are
  // still bound to each other by what their own clause says.
  // "The four Novak sisters, Ilka, Vera and Zora": every member of a list is bound to every other, by
  // what the list's first member and the last one say.
  for (const p of people) {
    const members = groupBefore(people, p);
    const first = members[0];
    if (!first) continue;
    const kind = siblingsOf(first) ?? (p.possessed ? pairClauseKind(idea, p) : groupKind(idea, first, p));
    const words = [...first.phrases, ...p.phrases].join(' ').toLowerCase();
    if (kind) for (const q of members) add(q, p, kind, words);
  }
  // 3. Verbs and nouns between two names in one sentence: "falls in love with", "the muse of".
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (has(a, b)) continue;
      const between = idea.slice(a.mention.end, Math.max(a.mention.end, b.from));
      // A sentence or a line of a list ends what a verb reaches ("vs." or "St." ends none).
      if (/[.!?]\s|\n/.test(withoutAbbreviationStops(between))) continue;
      // A verb reaches the next name only: "A falls for B, who hunts C" says nothing about A and C.
      const inBetween = people.some((q) => q.mention.start >= a.mention.end && q.mention.end <= b.from);
      if (inBetween) continue;
      // The verb may sit in what reads as the phrase before B ("Mart blackmailed Jaan").
      const toName = withoutAdverbs(idea.slice(a.mention.end, Math.max(a.mention.end, b.mention.start)));
      const groupOfA = groupBefore(people, a);
      const verb = relationVerb(toName, groupOfA.length > 0);
      const afterB = idea.slice(b.mention.end);
      const kind =
        bondNoun(pastOwnBond(people, a, b, between)) ??
        (verb ? verbKind(verb, toName) : undefined) ??
        agentClauseKind(idea, a, between) ??
        appositiveBond(between, afterB) ??
        asBond(afterB);
      if (!kind) continue;
      const subject = verb ? verbSubject(people, a, b, toName, verb[0]) : a;
      add(subject, b, kind, verb?.[0] ?? '');
      // "Dez and Marco go after Vinnie": a verb not in the singular is the whole group's.
      const singularVerb =
        verb !== undefined && /^[\p{Ll}-]*[^s]s\b/u.test(verb[0]) && hasPhrase(toName, verb[0]);
      if (verb && subject === a && !singularVerb) for (const q of groupOfA) add(q, b, kind, verb[0]);
    }
  // "Baron Ulm, the man who wrecked her farm": an enemy of the earlier person that "her" fits.
  for (const b of people) {
    const tie = pronounTie(idea, people, b);
    if (tie && !has(tie.owner, b)) add(tie.owner, b, tie.kind, '');
  }
  for (const tie of impliedTies(idea, people)) add(tie.a, tie.b, tie.kind, '');
  for (const bond of weak) bond();
  const later = laterTies(idea, people);
  for (const tie of later.verbTies) if (!has(tie.a, tie.b)) add(tie.a, tie.b, tie.kind, tie.verb);
  // "Sol and Teo are brothers-in-law" said of a pair already tied as a group says what they are.
  for (const tie of later.pairTies) {
    const said = out.find((r) => [r.a, r.b].includes(tie.a.name) && [r.a, r.b].includes(tie.b.name));
    if (said) said.kind = tie.kind;
    else add(tie.a, tie.b, tie.kind, '');
  }
  // 4. Whoever is still unlinked gets a tie to the protagonist, of the kind their description suggests; someone
  // linked only to others gets one when their description says what they are to anyone ("a kidnapper") or the
  // lead's sentence names them.
  const lead = protagonist ?? people[0];
  if (lead)
    for (const p of people) {
      if (p === lead || has(lead, p)) continue;
      if (out.some((r) => r.a === p.name || r.b === p.name)) {
        const cued =
          cuedKind(idea, lead, p) ?? leadTieToGroup(people, out, lead, p) ?? kinByMarriage(out, lead, p);
        if (cued) add(lead, p, cued, '');
        // "Mara is the best diver in the harbour, but the yard's owner, Olaf, won't hire her": someone the lead's
        // own sentence names is tied to the lead, though their bond to another was stated first. No word names
        // this tie, so its kind is the guess ("other" was never what labelled ideas meant).
        else if (p.sentence === lead.sentence) add(lead, p, guessedKind(idea, people, tieKinds), '');
        continue;
      }
      add(
        lead,
        p,
        loveInterest(idea, people, out, lead, p) ? 'romantic' : defaultKind(idea, people, lead, p, tieKinds),
        '',
      );
    }
  return out;
}

/** "the boys she fosters, Omid and Sina": the lead's tie to one of a group is their tie to the rest. */
function leadTieToGroup(
  people: readonly IdeaPerson[],
  relations: readonly BriefRelation[],
  lead: IdeaPerson,
  p: IdeaPerson,
): RelationshipKind | undefined {
  // "his son Bruno and her daughter Carla": someone with a bond of their own is not just one of a group.
  if (p.possessed) return undefined;
  const mates = people.filter(
    (q) => groupBefore(people, p).includes(q) || groupBefore(people, q).includes(p),
  );
  const names = new Set(mates.filter((q) => q !== lead).map((q) => q.name));
  // "letters between the sailor Ole and Kari, the wife he left": a couple's two sides are not one group.
  const couple = relations.some(
    (r) =>
      r.kind === 'romantic' && ((r.a === p.name && names.has(r.b)) || (r.b === p.name && names.has(r.a))),
  );
  if (couple) return undefined;
  const tie = relations.find(
    (r) => (r.a === lead.name && names.has(r.b)) || (r.b === lead.name && names.has(r.a)),
  );
  return tie?.kind;
}

/** The people a person is listed with before them ("Abby and Beth", "Ilka, Vera and Zora"), first first. */
function groupBefore(people: readonly IdeaPerson[], p: IdeaPerson): IdeaPerson[] {
  const members: IdeaPerson[] = [];
  const listedWith = (q: IdeaPerson) => (q.groupWith === undefined ? undefined : people[q.groupWith]);
  for (let q = listedWith(p); q && !members.includes(q); q = listedWith(q)) members.unshift(q);
  return members;
}

/**
 * The words between two names less the first one's own appositive: in "Liu challenges Zhao, his rival, … his
 * daughter Meimei" the rival is Liu's, so it says nothing of Zhao and Meimei; "a taxi driver" is just a job.
 */
function pastOwnBond(people: readonly IdeaPerson[], a: IdeaPerson, b: IdeaPerson, between: string): string {
  const own = a.phrases[a.phrases.length - 1];
  const comma = between.match(/^\s*,\s*/)?.[0];
  if (!own || comma === undefined || !between.startsWith(own, comma.length)) return between;
  // "Omar, a bus driver, falls for Lina": what A is, said with "a", ties A to no one.
  if (/^an?\s/i.test(own)) return between.slice(comma.length + own.length);
  const owner = a.possessed ? ownerOf(people, a) : undefined;
  return owner && owner !== b ? between.slice(comma.length + own.length) : between;
}

/**
 * The tie a bond word with no owner gives. After "a" it must be a tie, not a job or a state: "a rival", "a fiancé",
 * but not "a nurse" or "a runaway bride".
 */
function unownedBond(article: string, noun: string): RelationshipKind | undefined {
  const kind = RELATION_NOUNS.get(noun);
  return article === 'the' || (kind !== 'professional' && !WEDDING_ROLES.has(noun)) ? kind : undefined;
}

/** The tie a bond word with no owner, right before or after the person's name, gives ("the groom, Tomás"). */
function unownedBondOf(idea: string, p: IdeaPerson): RelationshipKind | undefined {
  // "client = Lorna Vane", "- Love interest: Ana": a label naming the part.
  const label = /(?:^|\n|[.;]\s)\s*(?:[-*•]\s*)?([\p{L} ]{2,24}?)\s*[:=]\s*$/u.exec(
    idea.slice(0, p.mention.start),
  )?.[1];
  const labelled = label?.toLowerCase().trim();
  if (labelled) {
    const kind =
      ROLE_LABELS.get(labelled) ?? RELATION_NOUNS.get(labelled) ?? RELATION_NOUNS.get(singular(labelled));
    if (kind) return kind;
  }
  return [
    /^(the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s*,?\s*$/u.exec(idea.slice(p.from, p.mention.start)),
    /^\s*,\s*(the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s*(?:[,.;:!?]|\bwho\b|$)/u.exec(
      idea.slice(p.mention.end),
    ),
  ]
    .map((m) => (m && !STATUS_BONDS.has(m[2]!) ? unownedBond(m[1]!, m[2]!) : undefined))
    .find(Boolean);
}

/** Who someone is at a wedding: the lead's own only when it is "the" wedding's ("the groom, Tomás"). */
const WEDDING_ROLES = new Set(['bride', 'groom']);

/** Bond nouns that say where someone lives, not what binds them. */
const WEAK_BONDS = new Set(['neighbour', 'neighbor']);

/** The relation verbs that end on their agent ("jilted by", "raised by"), as patterns ending a clause. */
const AGENT_VERBS: readonly (readonly [RegExp, RelationshipKind])[] = RELATION_VERBS.filter(([v]) =>
  v.endsWith(' by'),
).map(([v, kind]) => [new RegExp(`\\b${escapeRegex(v)}\\s*$`, 'i'), kind] as const);

/**
 * "Jilted by the fiddler Conor Hale, seamstress Aoife Byrne takes …", "Raised by his aunt Vera,
 * Tomas …": the verb of a clause that ends on its agent ties the agent to the person who opens the main clause.
 */
function agentClauseKind(idea: string, agent: IdeaPerson, between: string): RelationshipKind | undefined {
  if (!/^\s*,\s*$/.test(between)) return undefined;
  const leadIn =
    idea
      .slice(0, agent.from)
      .split(/[.!?;:]\s/)
      .pop() ?? '';
  if (!/\bby\s*$/i.test(leadIn)) return undefined;
  return AGENT_VERBS.find(([ending]) => ending.test(leadIn))?.[1];
}

/** In a romance, the lead's partner of the other sex (or the only other person) is the love interest, once. */
function loveInterest(
  idea: string,
  people: readonly IdeaPerson[],
  relations: readonly BriefRelation[],
  lead: IdeaPerson,
  p: IdeaPerson,
): boolean {
  if (!ROMANCE_LABELS.some((label) => hasPhrase(idea, label))) return false;
  if (relations.some((r) => r.kind === 'romantic')) return false;
  return (
    people.length === 2 || (lead.gender !== undefined && p.gender !== undefined && lead.gender !== p.gender)
  );
}

/**
 * The kind of a tie to the lead that nothing names: a couple's or a pair's words, a cue in a description, then the
 * kind labelled ideas with these words most often had ("other" only when the words were never seen).
 */
function defaultKind(
  idea: string,
  people: readonly IdeaPerson[],
  a: IdeaPerson,
  b: IdeaPerson,
  tieKinds: TieKindModel | undefined,
): RelationshipKind {
  const pair = b.groupWith !== undefined || a.groupWith !== undefined;
  if (pair && ROMANTIC_PAIR_PHRASES.some((p) => hasPhrase(idea, p)) && a.gender !== b.gender)
    return 'romantic';
  const cued = cuedKind(idea, a, b) ?? pairTheyKind(idea, people);
  if (cued) return cued;
  if (pair && a.gender && a.gender === b.gender) return 'friendship';
  return guessedKind(idea, people, tieKinds);
}

/** The kind labelled ideas with these words most often had, "other" only when the words were never seen. */
function guessedKind(
  idea: string,
  people: readonly IdeaPerson[],
  tieKinds: TieKindModel | undefined,
): RelationshipKind {
  return (
    guessTieKind(
      idea,
      people.map((p) => p.name),
      tieKinds,
    ) ?? 'other'
  );
}

/**
 * The kind the two people's descriptions suggest, if any: a kidnapper or a hitman is an enemy, and so is someone
 * "who has been chasing" others; "the groom" is what the bond word says; a teacher and someone who is not are mentor
 * and pupil; two jobs are colleagues.
 */
function cuedKind(idea: string, a: IdeaPerson, b: IdeaPerson): RelationshipKind | undefined {
  // "a hitman", "the rival brewer Aiko": a word for an adversary in either description.
  const adversary = [...a.phrases, ...b.phrases].map(bondNoun).find((k) => k === 'enemy' || k === 'rivalry');
  if (adversary) return adversary;
  // "the cruel Duke Anzelm": a villain is the enemy of whoever the story follows.
  const villain = (p: IdeaPerson) =>
    p.phrases.some((ph) =>
      ph
        .toLowerCase()
        .split(/\s+/)
        .some((w) => VILLAIN_WORDS.has(w)),
    );
  if (villain(a) !== villain(b)) return 'enemy';
  const clause = /^\s*,\s*(?:(?:a|an|the)\s[^,.;!?]*?\s)?who\s([^,.;!?]*)/i.exec(
    idea.slice(b.mention.end),
  )?.[1];
  const hostile =
    clause && RELATION_VERBS.find(([v, k]) => (k === 'enemy' || k === 'rivalry') && hasPhrase(clause, v));
  if (hostile) return hostile[1];
  // "…, the groom, Tomás": a bond word with no owner is what the person is to the lead ("the daughter of his rival"
  // is someone else's).
  // "takes on a timid apprentice, Bram" too, though "a nurse, Ada" says a job, not a tie.
  // "Noor, the camp medic who stitches his arm" says the tie from the other side too.
  const unowned = unownedBondOf(idea, b) ?? unownedBondOf(idea, a);
  if (unowned) return unowned;
  // "Uncle Ray", "Grandma Lupe": a family title with no owner is the lead's family ("Mother Agnes" may be a nun).
  if (FAMILY_TITLES.has(b.mention.honorific?.toLowerCase() ?? '')) return 'family';
  const ja = a.occupation ?? titleJob(a);
  const jb = b.occupation ?? titleJob(b);
  if (MENTOR_JOBS.test(ja) !== MENTOR_JOBS.test(jb)) return 'mentor';
  if (ja && jb) return 'professional';
  return undefined;
}

/** "Captain Brekke", "Dr. Ruiz": a title of rank or profession is the person's job when nothing else says one. */
function titleJob(p: IdeaPerson): string {
  const title = p.mention.honorific?.toLowerCase().replace(/\.$/, '') ?? '';
  const status = honorificStatus(title);
  return status === 'professional' || status === 'ranked' ? title : '';
}
