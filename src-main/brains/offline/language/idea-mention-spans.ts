// Every place an idea names each of its people, not only the first: a verb between two later mentions ties them too.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { escapeRegex } from '../understand/text-utils';
import { withoutAdverbs } from './brief-words';
import type { IdeaPerson } from './idea-person';
import { relationVerb, verbKind } from './idea-relation-verbs';
import { pairClauseKindAfter } from './idea-groups';
import { verbSubject } from './idea-verb-subject';
import { withoutAbbreviationStops } from './tokenize';

/** One mention of a person: where their name, or a word of it that no one else shares, stands in the idea. */
interface MentionSpan {
  person: IdeaPerson;
  start: number;
  end: number;
}

/** The words a person is named by: the whole name and each word of it longer than two letters. */
const namingWords = (p: IdeaPerson): string[] => [
  p.name,
  ...p.name.split(' ').filter((w) => w.length > 2 && w !== p.name),
];

/**
 * Each mention of each person, in the order of the idea. A word two people share ("Park" of two Parks) names
 * neither, and a word inside a longer mention ("Tor" in "Tor Berg") is part of that one.
 */
function mentionSpans(idea: string, people: readonly IdeaPerson[]): MentionSpan[] {
  const owners = new Map<string, Set<IdeaPerson>>();
  for (const p of people) for (const w of namingWords(p)) owners.set(w, (owners.get(w) ?? new Set()).add(p));
  const spans: MentionSpan[] = [];
  for (const [word, who] of owners) {
    if (who.size > 1) continue;
    const person = [...who][0]!;
    const re = new RegExp(`(?<![\\p{L}'’-])${escapeRegex(word)}(?![\\p{L}-])`, 'gu');
    for (const m of idea.matchAll(re)) spans.push({ person, start: m.index, end: m.index + word.length });
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: MentionSpan[] = [];
  for (const s of spans) if (s.start >= (out.at(-1)?.end ?? 0)) out.push(s);
  return out;
}

/** Each mention with the one after it, when they name two different people. */
function neighbouringMentions(idea: string, people: readonly IdeaPerson[]): [MentionSpan, MentionSpan][] {
  const spans = mentionSpans(idea, people);
  return spans
    .slice(1)
    .map((s, i) => [spans[i]!, s] as [MentionSpan, MentionSpan])
    .filter(([x, y]) => x.person !== y.person);
}

/**
 * "Tor … Brann's daughter Ilse weds Tor at last": a relation verb between two mentions next to each other in
 * a sentence, wherever they stand, not only the first mentions that step 3 reads.
 */
function laterVerbTies(
  idea: string,
  people: readonly IdeaPerson[],
  neighbours: readonly [MentionSpan, MentionSpan][],
): { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind; verb: string }[] {
  const ties: { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind; verb: string }[] = [];
  for (const [x, y] of neighbours) {
    const toName = withoutAdverbs(idea.slice(x.end, y.start));
    if (/[.!?]\s|\n/.test(withoutAbbreviationStops(toName))) continue;
    const verb = relationVerb(toName, false);
    if (verb && objectIsNext(toName, verb[0], idea.slice(y.end)))
      ties.push({
        a: verbSubject(people, x.person, y.person, toName, verb[0]),
        b: y.person,
        kind: verbKind(verb, toName),
        verb: verb[0],
      });
  }
  return ties;
}

/**
 * "… Sol and Teo are brothers-in-law": two later mentions joined by "and", and the clause after them says what
 * the pair are to each other.
 */
function laterPairTies(
  idea: string,
  neighbours: readonly [MentionSpan, MentionSpan][],
): { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind }[] {
  const ties: { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind }[] = [];
  for (const [x, y] of neighbours) {
    // "Ana, Rui and Leo, are married": the last two of a list are not the pair the clause is about.
    if (!/^\s+(?:and|&)\s+$/.test(idea.slice(x.end, y.start)) || /,\s*$/.test(idea.slice(0, x.start)))
      continue;
    const kind = pairClauseKindAfter(idea.slice(y.end));
    if (kind) ties.push({ a: x.person, b: y.person, kind });
  }
  return ties;
}

/** The ties said between later mentions: by a verb between two of them, and by a clause after a pair of them. */
export function laterTies(
  idea: string,
  people: readonly IdeaPerson[],
): {
  verbTies: { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind; verb: string }[];
  pairTies: { a: IdeaPerson; b: IdeaPerson; kind: RelationshipKind }[];
} {
  // The mentions are found once for both: each search runs a pattern per name over the whole idea.
  const neighbours = neighbouringMentions(idea, people);
  return { verbTies: laterVerbTies(idea, people, neighbours), pairTies: laterPairTies(idea, neighbours) };
}

/** Words that open a new clause or a reason after a verb's object: the name after them is not that object. */
const CLAUSE_JOINERS = new Set(
  'and n or but while who which that when until for because after before'.split(' '),
);

/**
 * Whether the name after a verb is its object: few words between them and no new clause or reason ("owes money to
 * some bad men and Jurek", "vowed to kill for eloping with his wife, Ilda" are not about the name), and the
 * name is not the owner of the real object ("dating Vesna's assistant").
 */
function objectIsNext(toName: string, verb: string, afterName: string): boolean {
  const at = toName.toLowerCase().lastIndexOf(verb.toLowerCase());
  const rest = toName.slice(at + verb.length);
  const words = rest.split(/[^\p{L}'’-]+/u).filter(Boolean);
  return (
    words.length <= 6 &&
    !words.some((w) => CLAUSE_JOINERS.has(w.toLowerCase())) &&
    !/^['’]s\b/.test(afterName)
  );
}
