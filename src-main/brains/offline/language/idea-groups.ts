// What binds people an idea names together ("twins Abby and Beth", "Nell and Ivo, rival florists").
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import {
  COUPLE_MODIFIERS,
  COUPLE_PHRASES,
  PAIR_CLAUSE_CUES,
  RELATION_NOUNS,
  RELATION_VERBS,
  hasPhrase,
  singular,
  withoutAdverbs,
} from './brief-words';
import type { IdeaPerson } from './idea-person';
import { withoutAbbreviationStops } from './tokenize';
import { DETERMINERS, GENERIC, isPersonNoun } from './idea-person-phrases';

/**
 * The kind of tie between `q` and `p`, named together: a reciprocal verb after them ("bid against each other"),
 * a shared bond word or modifier ("twins", "rival auctioneers", "divorced astronauts"), a couple's word ("their
 * divorce"), or a shared job ("two typesetters" are colleagues). Undefined when nothing binds them.
 */
export function groupKind(idea: string, q: IdeaPerson, p: IdeaPerson): RelationshipKind | undefined {
  const reciprocal = reciprocalKind(idea, p) ?? pairClauseKind(idea, p);
  if (reciprocal) return reciprocal;
  // Only a shared word binds the group: a plural ("twins", "brothers") or a modifier ("rival food truck owners"),
  // not one member's own job ("a violin teacher"). A phrase after the pair is about both, every word of it.
  const words = [...q.phrases, ...p.phrases]
    .flatMap((ph) => {
      const ws = ph.toLowerCase().split(/\s+/);
      return ws.filter((w, i) => /s$/.test(w) || i < ws.length - 1);
    })
    // "Leila, a pharmacist, and Tomasz, a tram driver,": when the first has a phrase of their own, so has the last.
    .concat(ownAppositive(idea, q, p) ? [] : pairAppositive(idea, p));
  // The plural head speaks before its modifier: "feuding brothers" are family, "rival auctioneers" rivals.
  const heads = words.filter((w) => /[^s]s$/.test(w));
  const noun = [...heads, ...words]
    .map((w) => RELATION_NOUNS.get(w) ?? RELATION_NOUNS.get(singular(w)))
    .find(Boolean);
  if (noun) return noun;
  if (words.some((w) => COUPLE_MODIFIERS.has(w)) || COUPLE_PHRASES.some((c) => hasPhrase(idea, c)))
    return 'romantic';
  const told = leadInKind(idea, q) ?? theyClauseKind(idea, p);
  if (told) return told;
  const jobs = words.filter((w) => /[^s]s$/.test(w) && isPersonNoun(w)).map(singular);
  return jobs.some((w) => !GENERIC.has(w)) ? 'professional' : undefined;
}

/** Whether the first of a pair has an appositive of their own before the last is named. */
function ownAppositive(idea: string, first: IdeaPerson, last: IdeaPerson): boolean {
  const gap = idea.slice(first.mention.end, last.from);
  return first.phrases.some((ph) => gap.includes(`, ${ph}`));
}

/**
 * "Nell and Ivo, rival florists in …", "Mara and Joss, the two singers of a folk duo,": the words of a
 * phrase set after the last of a group by a comma, which describes them all.
 */
function pairAppositive(idea: string, last: IdeaPerson): string[] {
  const m = /^\s*,\s+((?:the\s+|both\s+|two\s+)?[\p{Ll}-]+(?:\s+[\p{L}-]+){0,7})\s*[,.;:!?]/u.exec(
    idea.slice(last.mention.end),
  );
  if (!m || /^(?:who|whose|and|but|while|as|when|which|that)\b/.test(m[1]!)) return [];
  return m[1]!.toLowerCase().split(/\s+/);
}

/** "… Lise and Omar end up bidding against each other": the verb before "each other" in the pair's sentence. */
function reciprocalKind(idea: string, last: IdeaPerson): RelationshipKind | undefined {
  const sentence = /^[^.!?;]*/.exec(idea.slice(last.mention.end))![0];
  const at = sentence.search(/\b(?:each other|one another)\b/i);
  if (at < 0) return undefined;
  return groupVerbTie(sentence.slice(0, at));
}

/**
 * The tie of a relation verb in `text` said of a group: a group's verb has no third-person "-s", so "hate each
 * other" reads as "hates", "they compete" as "competes".
 */
export function groupVerbTie(text: string): RelationshipKind | undefined {
  const base = (v: string) => (/^[a-z]+s$/.test(v) ? singular(v) : v);
  return RELATION_VERBS.find(([v]) => hasPhrase(text, v) || hasPhrase(text, base(v)))?.[1];
}

/** "Aysel and Derya have kept rival bakeries", "Can and Ela fall in love": a tie said in the pair's own clause. */
export function pairClauseKind(idea: string, last: IdeaPerson): RelationshipKind | undefined {
  return pairClauseKindAfter(idea.slice(last.mention.end));
}

/** The tie said by the clause that opens `after`, the text right after a pair's last name. */
export function pairClauseKindAfter(after: string): RelationshipKind | undefined {
  // "Ivo and Ana, turn into bitter rivals": the clause may follow a comma.
  // "are secretly engaged", "have long been rivals": an adverb does not change the tie.
  const clause = withoutAdverbs(/^\s*,?[^.!?;,:—]*/.exec(after)![0].replace(/^\s*,/, '')).replace(
    /\s+/g,
    ' ',
  );
  return (
    PAIR_CLAUSE_CUES.find(([phrase]) => hasPhrase(clause, phrase))?.[1] ??
    copulaNounTie(clause) ??
    verbListTie(after, clause)
  );
}

/** Words that open a phrase about the pair, not a verb the pair does. */
const NOT_VERBS = /^(?:the|a|an|who|whose|which|that|of|in|at|from|with|to|for|on|by|as|and|but|both|two)\b/;

/**
 * "Bo and Niamh quarrel, miss the boat and fall in love": the pair's clause goes on through a list of their verbs, up
 * to the sentence's end or the next name.
 */
function verbListTie(after: string, clause: string): RelationshipKind | undefined {
  if (!/^\s*\p{Ll}/u.test(clause) || NOT_VERBS.test(clause.trim())) return undefined;
  const rest = /^[^.!?;:—]*/.exec(after.replace(/^\s*,/, ''))![0];
  const name = rest.search(/\s\p{Lu}/u);
  const upToName = name < 0 ? rest : rest.slice(0, name);
  return PAIR_CLAUSE_CUES.find(([phrase]) => hasPhrase(upToName, phrase))?.[1];
}

/** The tie a clause cue or a group's relation verb in `text` states ("best friends", "compete", "fell in love"). */
function clauseTie(text: string): RelationshipKind | undefined {
  return (
    PAIR_CLAUSE_CUES.find(([phrase]) => hasPhrase(text, phrase))?.[1] ??
    copulaNounTie(text) ??
    groupVerbTie(text)
  );
}

/** "are enemies", "have been sworn rivals", "they are enemy since …": what a group is to each other, said by a bond noun. */
function copulaNounTie(text: string): RelationshipKind | undefined {
  const m =
    /^\s*(?:are|were|have been|had been|became|become|remain|remained|turn into|turned into|end up as|ended up as)\s+((?:[\p{Ll}-]+\s*){1,3})/u.exec(
      text,
    );
  const words = m?.[1]!.trim().split(/\s+/) ?? [];
  // "are the owners of …" says what they do, not what they are to each other.
  if (words.some((w) => DETERMINERS.has(w))) return undefined;
  return words.map((w) => RELATION_NOUNS.get(w) ?? RELATION_NOUNS.get(singular(w))).find(Boolean);
}

/**
 * "four lads who grew up together on one estate, Sami, Rhys and Olly": a counted group described before
 * the list, in the list's sentence.
 */
function leadInKind(idea: string, first: IdeaPerson): RelationshipKind | undefined {
  // "St. John's" ends no sentence; "Two" opening one counts as "two".
  const before = withoutAbbreviationStops(idea.slice(0, first.from));
  const leadIn = (/[^.!?;:]*$/.exec(before)?.[0] ?? '').replace(/\b(Two|Three|Four|Five)\b/g, (w) =>
    w.toLowerCase(),
  );
  const described = /\b(?:two|three|four|five|\d)\s+[\p{Ll}-]+s\s+(?:who|that)\s+([^,]*),\s*$/u.exec(
    leadIn,
  )?.[1];
  if (described) return clauseTie(described);
  // "Two brothers from Cork, Ireland, Con and Ned": a counted bond noun before the list.
  const counted = /\b(?:two|three|four|five|\d)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)\b[^.!?;:]*[,—–]\s*$/u.exec(
    leadIn,
  )?.[1];
  if (!counted) return undefined;
  // "Four welders — Ivo, Sten and …": people counted by their trade work together.
  const bond = RELATION_NOUNS.get(counted) ?? RELATION_NOUNS.get(singular(counted));
  const one = singular(counted);
  return bond ?? (isPersonNoun(one) && !GENERIC.has(one) ? 'professional' : undefined);
}

/**
 * "Abel and Cyrus keep shops across one lane. For decades they compete for every suit": the next
 * sentence, when "they" is its subject, says what binds the group.
 */
function theyClauseKind(idea: string, last: IdeaPerson): RelationshipKind | undefined {
  const next = /^[^.!?]*[.!?]+\s+([^.!?;,]*)/.exec(idea.slice(last.mention.end))?.[1] ?? '';
  const said = /^(?:[\p{L}\d-]+\s+){0,3}?(?:they|the two|both)\s+(.*)$/iu.exec(next)?.[1];
  return said ? clauseTie(said) : undefined;
}

/**
 * "Ode keeps a lighthouse. One spring Lis rows over. They become friends.": in an idea of two people, a later
 * sentence whose subject is "they" says what the two are to each other.
 */
export function pairTheyKind(idea: string, people: readonly IdeaPerson[]): RelationshipKind | undefined {
  // "Twins. Oslo. … They barely speak.": a sentence of one bond word has said what the two are.
  const label = /(?:^|[.!?]\s+)(\p{L}+)\s*[.!?]/gu;
  if (people.length !== 2 || [...idea.matchAll(label)].some((m) => RELATION_NOUNS.has(m[1]!.toLowerCase())))
    return undefined;
  const after = idea.slice(Math.max(...people.map((p) => p.mention.end)));
  for (const m of after.matchAll(/[.!?]+\s+(?:[\p{L}\d-]+\s+){0,3}?(?:they|the two|both)\s+([^.!?;,]*)/giu)) {
    const kind = clauseTie(m[1]!);
    if (kind) return kind;
  }
  return undefined;
}

/** "my aunt Ilse": someone the teller names as their own family. */
export function tellersKin(p: IdeaPerson): boolean {
  return p.phrases.some((ph) => {
    const [owner, ...rest] = ph.toLowerCase().split(/\s+/);
    return owner === 'my' && rest.some((w) => RELATION_NOUNS.get(w) === 'family');
  });
}

/**
 * "Two brothers. One boat. Kofi wants to sell, Yaw …": a sentence that only counts people by a bond, and the
 * people named next, as many as it counts.
 */
export function countedLabelGroup(
  idea: string,
  people: readonly IdeaPerson[],
): { members: IdeaPerson[]; kind: RelationshipKind } | undefined {
  const m = /(?:^|[.!?]\s+)(two|three|four)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)\s*[.!:]/iu.exec(idea);
  const kind = m ? (RELATION_NOUNS.get(m[2]!) ?? RELATION_NOUNS.get(singular(m[2]!))) : undefined;
  if (!m || !kind) return undefined;
  const count = ['two', 'three', 'four'].indexOf(m[1]!.toLowerCase()) + 2;
  const members = people.filter((p) => p.mention.start > m.index).slice(0, count);
  return members.length === count ? { members, kind } : undefined;
}
