// Cold-start benchmarks: whole `storyloom` commands as a user runs them (process start included) against the same
// command run in this warm process, so the ratio shows what start-up (loading, compiling modules) costs.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineBrain } from '../brains/offline/offline-brain';
import { parseMessage } from '../brains/offline/understand/parse-message';
import { paramsFromIdea } from '../brains/offline/generate/generate-params';
import { createServices } from '../services';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';
import { checkoutRoot } from './stale-build';

/** The acceptance command: `storyloom new --idea "a shy lighthouse keeper who befriends a seal" --kind short-film`. */
const IDEA = 'a shy lighthouse keeper who befriends a seal';
const MESSAGE = 'Create a character named Maya, 31, a pilot';
const NEW_TARGET_MS = 1000;
const PARSE_TARGET_MS = 300;
const RUNS = 5;

const newArgs = (dir: string, i: number): string[] => [
  'new',
  '--idea',
  IDEA,
  '--kind',
  'short-film',
  '--seed',
  '7',
  '--dir',
  join(dir, String(i)),
  '--json',
];
const parseArgs = (): string[] => ['parse', MESSAGE, '--json'];

/** Median wall time of `node bin/storyloom.mjs …args` over RUNS fresh processes (NaN when one fails). */
function wholeCommandMs(argsFor: (i: number) => string[], env: NodeJS.ProcessEnv): number {
  const bin = join(checkoutRoot(), 'bin', 'storyloom.mjs');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, ...argsFor(i)], { encoding: 'utf8', env });
    if (result.status !== 0) return NaN;
    samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

/** Median of RUNS timed calls of `work`, after one warm-up call (NaN when one fails). */
async function warmMedianMs(work: (i: number) => Promise<boolean>): Promise<number> {
  const samples: number[] = [];
  for (let i = -1; i < RUNS; i++) {
    const start = performance.now();
    if (!(await work(i))) return NaN;
    if (i >= 0) samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

/** What `new --idea` does, in this process: create the project, run the offline pipeline to the end. */
async function newInProcess(root: string, appDir: string): Promise<boolean> {
  const services = createServices({ root, transport: 'cli', brain: offlineBrain, appDir });
  try {
    const summary = await services.projects.create('Untitled film', 'short-film', { seed: 7 });
    const { done } = await services.pipeline.start(summary.id, paramsFromIdea(IDEA, 'short-film', 7));
    return (await done).status === 'done';
  } finally {
    await services.shutdown();
  }
}

/** Median wall time of an empty Node process: the floor no command can go under. */
function bareNodeMs(): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

/** One figure: the whole command against its in-process reference, with the target on the whole command. */
function figure(name: string, wholeMs: number, inProcess: number, targetMs: number): BenchResult {
  return {
    name,
    value: round(wholeMs),
    unit: 'ms',
    reference: round(inProcess),
    ratio: round(wholeMs / inProcess),
    target: `< ${targetMs} ms`,
    pass: wholeMs < targetMs,
  };
}

export const coldStartBench: BenchSuite = {
  name: 'cold_start',
  description: 'whole `storyloom new --idea` and `parse` commands vs the same commands in process',
  async run(progress) {
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-cold-'));
    // A private app dir: the commands must not read or write the user's settings.
    const env = { ...process.env, STORYLOOM_APP_DIR: join(root, 'app') };
    try {
      progress(
        `new --idea "${IDEA}" --kind short-film: ${RUNS} processes, then the same work ${RUNS} times in process`,
      );
      const newWhole = wholeCommandMs((i) => newArgs(join(root, 'cli'), i), env);
      const newReference = await warmMedianMs((i) =>
        newInProcess(join(root, 'in-process', String(i)), join(root, 'app')),
      );
      progress(`parse "${MESSAGE}": ${RUNS} processes, then in process`);
      const parseWhole = wholeCommandMs(parseArgs, env);
      const parseReference = await warmMedianMs(async () => {
        JSON.stringify(parseMessage(MESSAGE));
        return true;
      });
      return [
        figure('cold_start.new_idea_cli_ms', newWhole, newReference, NEW_TARGET_MS),
        figure('cold_start.parse_cli_ms', parseWhole, parseReference, PARSE_TARGET_MS),
        { name: 'cold_start.bare_node_ms', value: round(bareNodeMs()), unit: 'ms' },
      ];
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
