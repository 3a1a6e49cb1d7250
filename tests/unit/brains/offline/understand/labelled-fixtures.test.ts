// Regression checks: the labelled request sets the parser was tuned on (tests/fixtures/intents/regression-*.jsonl:
// paraphrases; casual, terse and British; producer jargon, non-native English and rambling requests; questions,
// scene play, export/step phrasings; product questions, earlier-turn references, several requests, typos; and the
// retired blind sets and holdout; people described in free word order), each labelled by the DESIGN §5 conventions and scored like the shared scorer.
// They are training data for the intent classifier, so these figures are not measurements (see the k-fold bench).
import { describe, expect, it } from 'vitest';
import { ALL_INTENTS, loadFixture, scoreFixture } from './fixture-scoring';

const SETS = [
  { file: 'regression-paraphrases.jsonl', minCases: 150, everyIntent: false },
  { file: 'regression-casual.jsonl', minCases: 120, everyIntent: true },
  { file: 'regression-third.jsonl', minCases: 120, everyIntent: true },
  { file: 'regression-fourth.jsonl', minCases: 80, everyIntent: false },
  { file: 'regression-styles.jsonl', minCases: 140, everyIntent: true },
  { file: 'regression-styles-2.jsonl', minCases: 200, everyIntent: true },
  { file: 'regression-holdout-styles-2.jsonl', minCases: 60, everyIntent: false },
  // Parameters here are read by the extractors, not learned: this retired blind set keeps its own floor.
  { file: 'regression-blind-styles-1.jsonl', minCases: 170, everyIntent: false, minParams: 0.85 },
  { file: 'regression-blind-styles-2.jsonl', minCases: 200, everyIntent: false },
  // People described in free word order, job and age edits, premises followed by a second request.
  { file: 'regression-describe-15.jsonl', minCases: 30, everyIntent: false },
];

describe.each(SETS)('labelled requests in $file', ({ file, minCases, everyIntent, minParams = 0.9 }) => {
  const cases = loadFixture(file);

  it('has enough cases' + (everyIntent ? ', covering every intent' : ''), () => {
    expect(cases.length).toBeGreaterThanOrEqual(minCases);
    if (everyIntent) {
      const intents = new Set(cases.map((c) => c.intent));
      for (const intent of ALL_INTENTS) expect(intents.has(intent), intent).toBe(true);
    }
  });

  it(`gets at least 95% of intents and ${minParams * 100}% of parameters right`, () => {
    const score = scoreFixture(cases);
    expect(score.intent, score.misses).toBeGreaterThanOrEqual(0.95);
    expect(score.params, score.misses).toBeGreaterThanOrEqual(minParams);
  });
});
