// Intent classifier benchmarks: k-fold accuracy over all labelled requests, model size and load time.
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  crossValidate,
  loadAll,
  writerHoldout,
  writerOf,
} from '../brains/offline/understand/intent-learning';
import { INTENT_MODEL_PATH, readIntentModel } from '../brains/offline/understand/intent-model';
import { regressionFiles } from '../brains/offline/understand/labelled-requests';
import { resourcesDir } from '../shared/resources';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

/** The labelled requests of a checkout: the regression sets plus the shared dev set when it is beside it. */
function labelledFiles(): string[] {
  const root = resolve(resourcesDir(), '..');
  const dev = resolve(root, '..', 'shared', 'eval', 'intents-dev.jsonl');
  return [...regressionFiles(root), ...(existsSync(dev) ? [dev] : [])];
}

function modelFigures(): BenchResult[] {
  const file = join(resourcesDir(), INTENT_MODEL_PATH);
  const first = performance.now();
  readIntentModel(file);
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    readIntentModel(file);
    times.push(performance.now() - t);
  }
  const kib = statSync(file).size / 1024;
  const loadMs = percentile(times, 50);
  return [
    { name: 'intents.model_first_load_ms', value: round(firstMs, 2), unit: 'ms' },
    {
      name: 'intents.model_size_kib',
      value: round(kib, 1),
      unit: 'KiB',
      target: '< 2048 KiB',
      pass: kib < 2048,
    },
    {
      name: 'intents.model_load_ms',
      value: round(loadMs, 2),
      unit: 'ms',
      target: '< 50 ms',
      pass: loadMs < 50,
    },
  ];
}

/** Leave-one-writer-out figures: the estimate of what a user nobody wrote rules for gets. */
function writerFigures(files: readonly string[], progress: (message: string) => void): BenchResult[] {
  progress(`leave-one-writer-out over ${new Set(files.map(writerOf)).size} writers`);
  const held = writerHoldout(files);
  return [
    { name: 'intents.writer_holdout_intent_accuracy', value: round(held.intent), unit: 'fraction' },
    { name: 'intents.writer_holdout_params_accuracy', value: round(held.params), unit: 'fraction' },
    ...held.writers.map((w) => ({
      name: `intents.writer_holdout.${basename(w.file, '.jsonl')}`,
      value: round(w.intent),
      unit: `intent accuracy over ${w.requests} (params ${round(w.params)})`,
    })),
  ];
}

export const intentsBench: BenchSuite = {
  name: 'intents',
  description:
    '5-fold and leave-one-writer-out intent/params accuracy over all labelled requests; model size and load',
  async run(progress) {
    const files = labelledFiles();
    const requests = loadAll(files);
    progress(`5-fold cross-validation over ${requests.length} labelled requests from ${files.length} files`);
    const cv = crossValidate(requests, 5);
    const spread = Math.max(...cv.foldIntent) - Math.min(...cv.foldIntent);
    return [
      {
        name: 'intents.cv_intent_accuracy',
        value: round(cv.intent),
        unit: 'fraction',
        target: '>= 0.97',
        pass: cv.intent >= 0.97,
      },
      {
        name: 'intents.cv_params_accuracy',
        value: round(cv.params),
        unit: 'fraction',
        target: '>= 0.93',
        pass: cv.params >= 0.93,
      },
      { name: 'intents.cv_fold_spread', value: round(spread), unit: 'fraction' },
      { name: 'intents.cv_requests', value: cv.requests, unit: 'requests' },
      ...writerFigures(files, progress),
      ...modelFigures(),
    ];
  },
};
