// Acceptance: the parser on ../shared/eval/intents-dev.jsonl, in process, with the shared scorer's comparison rules.
// The scorer itself spawns one `storyloom parse` per line (51 processes); the CLI contract of `parse` is
// checked once through a real process in tests/unit/cli/pipeline-cli.test.ts instead.
import { describe, expect, it } from 'vitest';
import { requireEvalDir } from '../../../../fixtures/eval-scorer';
import { loadLabelled, scoreFixture } from './fixture-scoring';

describe('parseMessage on ../shared/eval/intents-dev.jsonl', () => {
  it('reaches ≥ 0.95 intent accuracy and ≥ 0.90 parameter accuracy', () => {
    const cases = loadLabelled(`${requireEvalDir()}/intents-dev.jsonl`);
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const score = scoreFixture(cases);
    expect(score.intent, score.misses).toBeGreaterThanOrEqual(0.95);
    expect(score.params, score.misses).toBeGreaterThanOrEqual(0.9);
  });
});
