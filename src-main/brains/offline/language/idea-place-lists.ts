// Lists of names that are lists of places: "in Tartu, Narva and Pärnu", "Croix-Rousse, La Guillotière, the station".
import type { IdeaName } from './idea-names';
import { readsAsPersonAfter } from './everyday-words';
import { nameTag, opensWithPluralVerb } from './word-tables';

/** What may join the members of a list: a comma, "and", "&", a dash or an arrow. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|[—–]\s*|→\s*)$/;
/** What follows a list of people: a clause about them. */
const PERSON_AFTER = /^\s*(?:,|—|–)?\s*(?:who|they|both|the two|each|are|were|have|had|plan|meet)\b/i;

/**
 * The names with every person in a list of places made a place: three names or more, one of them a place, none a
 * known first name or titled, and nothing after them that is said of people ("in Tartu, Narva and Pärnu").
 */
export function placeLists(idea: string, names: readonly IdeaName[]): IdeaName[] {
  const out = [...names];
  for (const run of listRuns(idea, out)) {
    const places = run.filter((k) => out[k]!.kind === 'place').length;
    if (places === 0) continue;
    // "in Ayr, Hamish and Dougal, who …": people after a place read as people, by a first name or what follows.
    const last = out[run[run.length - 1]!]!;
    const people = run.map((k) => out[k]!).filter((n) => n.kind === 'person');
    const personal = people.some((n) => n.honorific || nameTag(n.name.split(' ')[0]!.toLowerCase()));
    // "In Lagos, Tunde and Femi drive a bus": places do not act.
    const after = idea.slice(last.end);
    if (personal || PERSON_AFTER.test(after) || readsAsPersonAfter(after) || opensWithPluralVerb(after))
      continue;
    for (const k of run) {
      const n = out[k]!;
      if (n.kind === 'person' && !n.honorific)
        out[k] = { ...n, kind: 'place', name: idea.slice(n.start, n.end) };
    }
  }
  return out;
}

/** Runs of three or more names (indices into `names`) joined only by list gaps. */
function listRuns(idea: string, names: readonly IdeaName[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  names.forEach((n, k) => {
    const prev = names[k - 1];
    if (prev && prev.kind !== 'object' && n.kind !== 'object' && LIST_GAP.test(idea.slice(prev.end, n.start)))
      run.push(k);
    else {
      if (run.length >= 3) runs.push(run);
      run = n.kind === 'object' ? [] : [k];
    }
  });
  if (run.length >= 3) runs.push(run);
  return runs;
}
