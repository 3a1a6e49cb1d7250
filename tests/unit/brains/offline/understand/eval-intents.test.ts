// Acceptance: `storyloom parse` on the shared dev set, scored by the shared scorer through the real CLI.
import { describe, expect, it } from 'vitest';
import { figure, requireEvalDir, runScorer } from '../../../../fixtures/eval-scorer';

describe('storyloom parse on ../shared/eval/intents-dev.jsonl', () => {
  it('reaches ≥ 0.95 intent accuracy and ≥ 0.90 parameter accuracy', async () => {
    const dir = requireEvalDir();
    const out = await runScorer('score-intents.mjs', [
      '--data',
      `${dir}/intents-dev.jsonl`,
      '--cmd',
      'npx storyloom parse --json',
      '--jobs',
      '2',
    ]);
    const summary = out.trim().split('\n').at(-1)!;
    expect(figure(summary, 'intent accuracy')).toBeGreaterThanOrEqual(0.95);
    expect(figure(summary, 'params accuracy')).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
