// Walks the generated hostile corpus: every importer and parser refuses each input with its specific error, within
// 5 s and 300 MB peak (measured in a child process per importer), writing nothing to the projects root (issue 8).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus, IMPORTERS, writeCorpus, type Importer } from '../../fixtures/hostile/corpus';
import { startReplyServer } from '../../fixtures/hostile/reply-server';
import type { CorpusResult } from '../../fixtures/hostile/run-corpus';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const run = promisify(execFile);
const REPO = resolve(__dirname, '../../..');
const RUNNER = join(REPO, 'tests/fixtures/hostile/run-corpus.ts');
const MAX_MS = 5_000;
const MAX_PEAK_MB = 300;

let dir: string;
let server: Awaited<ReturnType<typeof startReplyServer>>;
const report: string[] = [];

beforeAll(async () => {
  dir = makeTempDir('storyloom-hostile-corpus-');
  writeCorpus(dir);
  server = await startReplyServer();
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
  // The figures the issue asks for: worst time and peak memory per importer.
  console.log(`hostile corpus (worst time, child peak RSS):\n${report.join('\n')}`);
});

/** Visible entries of a projects root, and whatever is left in its staging folder. */
function written(root: string): string[] {
  const staging = join(root, '.staging');
  return [
    ...readdirSync(root).filter((n) => !n.startsWith('.')),
    ...(existsSync(staging) ? readdirSync(staging).map((n) => `.staging/${n}`) : []),
  ];
}

describe('hostile corpus', () => {
  it.each(IMPORTERS.map((i) => [i]))(
    '%s: specific errors within 5 s and 300 MB, nothing written',
    { timeout: 240_000 },
    async (importer: Importer) => {
      const root = makeTempDir(`storyloom-hostile-${importer}-`);
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', RUNNER, importer, dir, root, server.baseURL],
        {
          cwd: REPO,
          timeout: 200_000,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
        results: CorpusResult[];
        peakRssMb: number;
      };
      const inputs = hostileCorpus().filter((i) => i.importer === importer);
      expect(out.results.map((r) => r.name)).toEqual(inputs.map((i) => i.name));
      for (const [k, result] of out.results.entries()) {
        expect(result.code, `${importer}/${result.name}: ${result.message}`).toMatch(inputs[k]!.expect);
        expect(result.ms, `${importer}/${result.name} took ${result.ms} ms`).toBeLessThanOrEqual(MAX_MS);
      }
      expect(out.peakRssMb, `${importer}: peak RSS`).toBeLessThanOrEqual(MAX_PEAK_MB);
      // The chat importer works on one project it created first; the others must leave the root empty.
      expect(written(root).filter((n) => !n.startsWith('hostile-chat'))).toEqual([]);
      const worst = out.results.reduce((a, b) => (b.ms > a.ms ? b : a));
      report.push(
        `  ${importer.padEnd(12)} ${inputs.length} inputs, worst ${worst.ms} ms (${worst.name}), peak ${out.peakRssMb} MB`,
      );
    },
  );
});
