// The likeliest kind of a tie the idea states no word for, learned from labelled ideas (naive Bayes on its words).
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import shipped from '../../../../resources/engine/language/tie-kind-model.json';
import { wordStem } from './word-stem';

/** Word counts per kind over the labelled ties of the training ideas. */
export interface TieKindModel {
  /** Additive smoothing of the counts. */
  alpha: number;
  kinds: RelationshipKind[];
  /** Labelled ties per kind (plus one), the prior. */
  priors: number[];
  /** Words counted per kind. */
  totals: number[];
  /** Distinct words over all kinds. */
  vocabulary: number;
  /** Word stem → its count under each kind. */
  counts: Record<string, number[]>;
}

/** Known words an idea needs before its words say more than the prior does. */
const MIN_KNOWN_WORDS = 2;

/**
 * The idea's words as the model reads them: lower-case stems of words of three letters or more, once each, leaving
 * out the people's names (a name says nothing of how two people are tied).
 */
export function tieWords(idea: string, names: readonly string[]): string[] {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .filter((w) => w.length > 2);
  const nameWords = new Set(names.flatMap(words));
  return [
    ...new Set(
      words(idea)
        .filter((w) => !nameWords.has(w))
        .map(wordStem),
    ),
  ];
}

/**
 * The kind the idea's words make likeliest for a tie nothing in it names ("a mountain guide and a geologist on the
 * north face" reads as colleagues), or undefined when too few of its words were ever seen.
 */
export function guessTieKind(
  idea: string,
  names: readonly string[],
  model: TieKindModel = shipped as TieKindModel,
): RelationshipKind | undefined {
  // Own keys only: "constructor" is an English word and a key of every object.
  const words = tieWords(idea, names).filter((w) => Object.hasOwn(model.counts, w));
  if (words.length < MIN_KNOWN_WORDS) return undefined;
  let best: RelationshipKind | undefined;
  let bestScore = -Infinity;
  model.kinds.forEach((kind, k) => {
    const denominator = model.totals[k]! + model.alpha * model.vocabulary;
    let score = Math.log(model.priors[k]!);
    for (const w of words) score += Math.log((model.counts[w]![k]! + model.alpha) / denominator);
    if (score > bestScore) [best, bestScore] = [kind, score];
  });
  return best;
}
