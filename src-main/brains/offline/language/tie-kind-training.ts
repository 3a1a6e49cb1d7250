// Trains the tie-kind guess from labelled ideas: each labelled tie no word names counts its idea's words under its kind.
import type { BriefPerson, BriefRelation } from '../../../../src-preload/contract/idea-brief';
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { extractIdeaBrief } from './idea-brief';
import { tieWords, type TieKindModel } from './tie-kind-guess';

/** A labelled idea as the idea sets store it: relations are `[a, b, kind]`, kind '' when not given. */
export interface LabelledIdea {
  idea: string;
  relations?: readonly (readonly [string, string, string])[];
}

/** The kinds a guess may give: "other" says nothing, so it is never guessed. */
export const GUESSED_KINDS: readonly RelationshipKind[] = [
  'family',
  'romantic',
  'professional',
  'mentor',
  'friendship',
  'rivalry',
  'enemy',
];

/**
 * Counts the idea's words under the kind of each labelled tie the brief reads from no word of the idea, as the guess
 * is only asked about such ties. Ties a word names ("her daughter") are mostly family, so counting them taught the
 * guess to say "family" where nothing in an idea said so (deterministic: keys sorted).
 */
export function trainTieKinds(ideas: readonly LabelledIdea[], alpha = 0.5): TieKindModel {
  const kinds = [...GUESSED_KINDS];
  const counts = new Map<string, number[]>();
  const priors = kinds.map(() => 1);
  const totals = kinds.map(() => 0);
  // Read with a guess that knows no word, so which ties no word names does not depend on the model being replaced.
  const blank: TieKindModel = {
    alpha,
    kinds,
    priors: kinds.map(() => 1),
    totals: kinds.map(() => 0),
    vocabulary: 0,
    counts: {},
  };
  for (const x of ideas) {
    const brief = extractIdeaBrief(x.idea, { tieKinds: blank });
    const unworded = (x.relations ?? []).filter(([a, b]) => briefTie(brief, a, b)?.words === '');
    const labelled = unworded.map((r) => kinds.indexOf(r[2] as RelationshipKind)).filter((k) => k >= 0);
    if (labelled.length === 0) continue;
    const words = tieWords(
      x.idea,
      brief.people.map((p) => p.name),
    );
    for (const k of labelled) {
      priors[k]!++;
      for (const w of words) {
        const row = counts.get(w) ?? kinds.map(() => 0);
        row[k]!++;
        counts.set(w, row);
        totals[k]!++;
      }
    }
  }
  const sorted = [...counts.keys()].sort();
  return {
    alpha,
    kinds,
    priors,
    totals,
    vocabulary: sorted.length,
    counts: Object.fromEntries(sorted.map((w) => [w, counts.get(w)!])),
  };
}

/** The brief's tie between the people a label names ("Ana" is the brief's "Ana Reyes"), if it has one. */
function briefTie(
  brief: { people: readonly BriefPerson[]; relations: readonly BriefRelation[] },
  a: string,
  b: string,
): BriefRelation | undefined {
  const named = (label: string) => {
    const wanted = label.toLowerCase();
    return brief.people.find((p) => {
      const name = p.name.toLowerCase();
      return name === wanted || name.split(' ').includes(wanted) || wanted.split(' ').includes(name);
    })?.name;
  };
  const [x, y] = [named(a), named(b)];
  if (!x || !y || x === y) return undefined;
  return brief.relations.find((r) => (r.a === x && r.b === y) || (r.a === y && r.b === x));
}
