// Acceptance: `storyloom analyze` on the 20 LitBank dev excerpts, scored by the shared scorer.
// The analyses run in this process (analyzeFile is what the `analyze` command prints); the shared scorer then reads
// each one through `cat` from a mirror of the data folder, so it scores exactly the command's JSON without starting
// 20 Node processes. The CLI contract of `analyze` is checked through a real process in analyze-cli.test.ts.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../src-main/cli/commands/analyze-command';
import { figure, requireEvalDir, runScorer } from '../../../fixtures/eval-scorer';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A folder shaped like litbank-dev whose "texts" hold the analyzer's JSON for the real texts. */
async function analysedMirror(data: string): Promise<string> {
  const mirror = makeTempDir('storyloom-litbank-');
  const texts = join(data, 'entities', 'brat');
  mkdirSync(join(mirror, 'entities', 'brat'), { recursive: true });
  symlinkSync(join(data, 'coref'), join(mirror, 'coref'));
  for (const name of readdirSync(texts).filter((n) => n.endsWith('_brat.txt'))) {
    const analysis = await analyzeFile(join(texts, name));
    writeFileSync(join(mirror, 'entities', 'brat', name), JSON.stringify(analysis));
  }
  return mirror;
}

describe('storyloom analyze on ../shared/eval/litbank-dev', () => {
  it('reaches character F1 ≥ 0.85, major-character recall ≥ 0.95, location F1 ≥ 0.80 (issue 13 acceptance)', async () => {
    const mirror = await analysedMirror(join(requireEvalDir(), 'litbank-dev'));
    const out = await runScorer('score-litbank.mjs', ['--data', mirror, '--cmd', 'cat', '--jobs', '2']);
    const lines = out.trim().split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label))!;
    expect(out).toMatch(/over 20 texts/);
    expect(figure(row('characters (all)'), 'F1')).toBeGreaterThanOrEqual(0.85);
    expect(figure(row('characters (major)'), ' R')).toBeGreaterThanOrEqual(0.95);
    expect(figure(row('locations'), 'F1')).toBeGreaterThanOrEqual(0.8);
    expect(out).toMatch(/ 0 failed runs/);
  }, 120_000);
});
