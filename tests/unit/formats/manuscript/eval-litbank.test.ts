// Acceptance: `storyloom analyze` on the 20 LitBank dev excerpts, scored by the shared scorer through the real CLI.
import { describe, expect, it } from 'vitest';
import { figure, requireEvalDir, runScorer } from '../../../fixtures/eval-scorer';

describe('storyloom analyze on ../shared/eval/litbank-dev', () => {
  it('reaches character F1 ≥ 0.75, major-character recall ≥ 0.90, location F1 ≥ 0.70', async () => {
    const dir = requireEvalDir();
    const out = await runScorer('score-litbank.mjs', [
      '--data',
      `${dir}/litbank-dev`,
      '--cmd',
      'npx storyloom analyze --json',
      '--jobs',
      '2',
    ]);
    const lines = out.trim().split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label))!;
    expect(figure(row('characters (all)'), 'F1')).toBeGreaterThanOrEqual(0.75);
    expect(figure(row('characters (major)'), ' R')).toBeGreaterThanOrEqual(0.9);
    expect(figure(row('locations'), 'F1')).toBeGreaterThanOrEqual(0.7);
    expect(out).toMatch(/ 0 failed runs/);
  }, 300_000);
});
