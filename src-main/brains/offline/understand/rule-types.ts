// The shape of an intent rule: a pure function from message features to a confidence (0 = does not apply).
import type { Intent } from '../../../../src-preload/contract/intent';
import type { Features } from './features';

/** Scores one intent for a message; returns 0 when the rule does not apply, else its certainty in (0, 1]. */
export type IntentRule = (f: Features) => number;

/** A rule bound to the intent it scores. */
export interface NamedRule {
  intent: Intent;
  score: IntentRule;
}

/** Best of several pattern scores: each entry is [matched, confidence]. */
export function best(...cases: Array<[boolean, number]>): number {
  let top = 0;
  for (const [ok, c] of cases) if (ok && c > top) top = c;
  return top;
}
