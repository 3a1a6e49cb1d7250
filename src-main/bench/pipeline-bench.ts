// Pipeline benchmarks: offline `new` time, parallel stages vs a 300 ms model, analyze throughput (cold start: cold-start-bench).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { offlineBrain } from '../brains/offline/offline-brain';
import { createOpenAiBrain } from '../brains/openai/openai-brain';
import { paramsFromIdea } from '../brains/offline/generate/generate-params';
import { analyzeProse } from '../agents/analysis/analyze-prose';
import { resourcesDir } from '../shared/resources';
import { createServices } from '../services';
import type { Brain } from '../brains/brain';
import { BENCH_MODEL_REPLIES } from './bench-model-replies';
import { round, type BenchResult, type BenchSuite } from './bench-types';
import { criticalPathMs, startLatencyServer } from './latency-model-server';

/** The model run: a 2-minute film (few scenes), so the critical path is the chain of stages, not one long stage. */
const IDEA = 'a two-minute short on a shy lighthouse keeper who befriends a seal';
/** The offline run: the acceptance command `storyloom new --idea "a shy lighthouse keeper who befriends a seal" --kind short-film`. */
const OFFLINE_IDEA = 'a shy lighthouse keeper who befriends a seal';

async function timedRun(
  brain: Brain,
  root: string,
  reviewGate: boolean,
  idea = IDEA,
): Promise<{ ms: number; status: string; notices: number }> {
  const services = createServices({ root, transport: 'cli', brain, appDir: join(root, '.app') });
  let notices = 0;
  services.events.subscribe((event, payload) => {
    if (event === 'agent:event' && (payload as { type?: string }).type === 'warning') notices++;
  });
  const summary = await services.projects.create('Bench', 'short-film', { seed: 7 });
  const session = await services.projects.open(summary.id);
  if (!reviewGate)
    await session.updateMeta(
      { settings: { ...session.file.project.settings, reviewGate: false } },
      'bench: no review gate',
    );
  const start = performance.now();
  const { done } = await services.pipeline.start(summary.id, paramsFromIdea(idea, 'short-film', 7));
  const outcome = await done;
  const ms = performance.now() - start;
  await services.shutdown();
  return { ms, status: outcome.status, notices };
}

/** A ~120,000-word manuscript: the shared LitBank excerpts (or the demo tables' text when absent), repeated. */
function manuscript(): string {
  const dir = resolve(resourcesDir(), '..', '..', 'shared', 'eval', 'litbank-dev', 'entities', 'brat');
  let base = '';
  try {
    base = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n\n');
  } catch {
    base = readFileSync(join(resourcesDir(), 'demo', 'project.json'), 'utf8').replace(/[{}":,[\]]/g, ' ');
  }
  const words = base.split(/\s+/).length;
  return Array.from({ length: Math.ceil(120_000 / Math.max(1, words)) }, () => base).join('\n\n');
}

export const pipelineBench: BenchSuite = {
  name: 'pipeline',
  description: 'offline generate time, parallel stages vs a 300 ms model, analyze throughput',
  async run(progress) {
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-pipeline-'));
    try {
      progress(`offline: new --idea "${OFFLINE_IDEA}" --kind short-film`);
      await timedRun(offlineBrain, join(root, 'warm'), true, OFFLINE_IDEA);
      const offline = await timedRun(offlineBrain, join(root, 'offline'), true, OFFLINE_IDEA);

      progress('model at 300 ms per call: wall time vs critical path');
      const server = await startLatencyServer(300, BENCH_MODEL_REPLIES);
      const brain = createOpenAiBrain({
        baseURL: server.baseURL,
        model: 'bench',
        apiKey: 'bench',
        timeoutMs: 10_000,
        maxRetries: 0,
        pricing: null,
      });
      // A warm process, as in the running app: the first run pays one-off JIT and schema conversion costs.
      await timedRun(brain, join(root, 'model-warm'), false);
      server.calls.length = 0;
      const modelRun = await timedRun(brain, join(root, 'model'), false);
      const critical = criticalPathMs(server.calls);
      await server.close();

      progress('analyze: 120,000-word manuscript vs one plain compromise parse');
      const text = manuscript();
      const words = text.split(/\s+/).length;
      let t = performance.now();
      analyzeProse(text);
      const analyzeSec = (performance.now() - t) / 1000;
      t = performance.now();
      nlp(text);
      const compromiseSec = (performance.now() - t) / 1000;
      const analyzeWps = words / analyzeSec;
      const compromiseWps = words / compromiseSec;

      const results: BenchResult[] = [
        {
          name: 'pipeline.offline_new_ms',
          value: round(offline.ms),
          unit: 'ms',
          target: '< 3000 ms',
          pass: offline.ms < 3000 && offline.status === 'done',
        },
        { name: 'pipeline.model_calls', value: server.calls.length, unit: 'calls' },
        { name: 'pipeline.critical_path_ms', value: round(critical), unit: 'ms' },
        // Every stage of the model run must be the model's own (a fallback would hide the model path's cost).
        {
          name: 'pipeline.model_fallbacks',
          value: modelRun.notices,
          unit: 'notices',
          target: '0',
          pass: modelRun.notices === 0,
        },
        {
          name: 'pipeline.parallel_wall_ratio',
          value: round(modelRun.ms / critical),
          unit: 'x',
          reference: round(critical),
          ratio: round(modelRun.ms / critical),
          target: '<= 1.25x critical path',
          pass: modelRun.status === 'done' && modelRun.ms / critical <= 1.25,
        },
        { name: 'pipeline.compromise_words_per_s', value: Math.round(compromiseWps), unit: 'words/s' },
        {
          name: 'pipeline.analyze_words_per_s',
          value: Math.round(analyzeWps),
          unit: 'words/s',
          reference: Math.round(compromiseWps),
          ratio: round(analyzeWps / compromiseWps),
          target: '>= 0.5x compromise',
          pass: analyzeWps / compromiseWps >= 0.5,
        },
      ];
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
