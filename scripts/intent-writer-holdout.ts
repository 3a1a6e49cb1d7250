// Leave-one-writer-out validation of the intent classifier: train on every other labelled file, score the held-out one.
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { writerHoldout } from '../src-main/brains/offline/understand/intent-learning';
import { regressionFiles } from '../src-main/brains/offline/understand/labelled-requests';

const root = resolve(import.meta.dirname, '..');
const dev = resolve(root, '..', 'shared', 'eval', 'intents-dev.jsonl');
const files = [...regressionFiles(root), ...(existsSync(dev) ? [dev] : [])];
const only = process.argv.slice(2);
const t0 = performance.now();
const result = writerHoldout(files, only.length ? only : undefined, undefined, (r, got) =>
  process.env.SL_MISSES
    ? console.log(`  ${r.intent} → ${got.intent} ${got.confidence}: ${r.text}`)
    : undefined,
);
for (const r of result.writers)
  console.log(
    `${basename(r.file).padEnd(40)} ${r.requests}\tintent ${r.intent.toFixed(3)}\tparams ${r.params.toFixed(3)}`,
  );
console.log(
  `writer-held-out over ${result.requests}: intent ${result.intent.toFixed(3)}, params ${result.params.toFixed(3)} ` +
    `(${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
