// People of an idea brief: the idea's person names clustered into people, each described where first named.
import { describePerson, type IdeaPerson } from './idea-person';
import { pronounGenders } from './idea-person-pronouns';
import type { IdeaName } from './idea-names';
import type { NameMention } from './name-mentions';
import { clusterPersons } from './person-clusters';
import type { Token } from './tokenize';

/**
 * Builds the people of the idea from its person names: one entry per person, the mentions merged by the shared
 * person clustering (first/last-name subsets, honorifics, nicknames, gender), as prose analysis merges them. Each
 * person is described where the idea first names them, under the most complete form of their name.
 */
export function ideaPeople(idea: string, tokens: readonly Token[], names: readonly IdeaName[]): IdeaPerson[] {
  const people: IdeaPerson[] = [];
  for (const group of personGroups(names)) {
    const first = group.mentions[0]!;
    const person = describePerson(idea, tokens, { ...first, name: group.name }, people);
    people.push({ ...person, mentionFirsts: group.mentions.map((m) => m.first) });
  }
  pronounGenders(tokens, people);
  return people;
}

/** The idea's person names clustered into people, in order of first mention. */
function personGroups(names: readonly IdeaName[]): { name: string; mentions: IdeaName[] }[] {
  const byMention = new Map<NameMention, IdeaName>();
  for (const n of names) if (n.kind === 'person') byMention.set(asMention(n), n);
  return clusterPersons([...byMention.keys()])
    .map((c) => {
      const mentions = c.mentions.map((m) => byMention.get(m)!).sort((a, b) => a.start - b.start);
      return { name: mostComplete(mentions), mentions };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** An idea name as a mention for the clustering (the name finder's own mention, honorific kept apart). */
function asMention(n: IdeaName): NameMention {
  const words = n.name.split(' ');
  return {
    ...(n.honorific ? { honorific: n.honorific } : {}),
    words,
    key: n.name.toLowerCase(),
    surface: n.honorific ? `${n.honorific} ${n.name}` : n.name,
    start: n.start,
    end: n.end,
    first: n.first,
    last: n.last,
    initial: false,
    placePrefix: false,
  };
}

/** The name with the most words ("Jonny Vale" over "Jonny" or "Vale"); the first written on a tie. */
function mostComplete(mentions: readonly IdeaName[]): string {
  let best = mentions[0]!.name;
  for (const m of mentions) if (m.name.split(' ').length > best.split(' ').length) best = m.name;
  return best;
}
