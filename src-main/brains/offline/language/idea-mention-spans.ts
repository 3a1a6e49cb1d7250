// Every place an idea names each of its people, not only the first: a verb between two later mentions ties them too.
import { escapeRegex } from '../understand/text-utils';
import type { IdeaPerson } from './idea-person';

/** One mention of a person: where their name, or a word of it that no one else shares, stands in the idea. */
export interface MentionSpan {
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
 * neither, and a word inside a longer mention ("Kenji" in "Kenji Mori") is part of that one.
 */
export function mentionSpans(idea: string, people: readonly IdeaPerson[]): MentionSpan[] {
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
export function neighbouringMentions(
  idea: string,
  people: readonly IdeaPerson[],
): [MentionSpan, MentionSpan][] {
  const spans = mentionSpans(idea, people);
  return spans
    .slice(1)
    .map((s, i) => [spans[i]!, s] as [MentionSpan, MentionSpan])
    .filter(([x, y]) => x.person !== y.person);
}
