// Trains the tie-kind guess from labelled ideas: each labelled tie counts its idea's words under its kind.
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

/** Counts each labelled tie's idea words under its kind (deterministic: keys sorted). */
export function trainTieKinds(ideas: readonly LabelledIdea[], alpha = 0.5): TieKindModel {
  const kinds = [...GUESSED_KINDS];
  const counts = new Map<string, number[]>();
  const priors = kinds.map(() => 1);
  const totals = kinds.map(() => 0);
  for (const x of ideas) {
    const labelled = (x.relations ?? []).map((r) => kinds.indexOf(r[2] as RelationshipKind));
    if (!labelled.some((k) => k >= 0)) continue;
    const words = tieWords(
      x.idea,
      extractIdeaBrief(x.idea).people.map((p) => p.name),
    );
    for (const k of labelled) {
      if (k < 0) continue;
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
