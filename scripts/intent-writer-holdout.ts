// Leave-one-writer-out validation of the intent classifier: train on every other labelled file, score the held-out one.
// `npx tsx scripts/intent-writer-holdout.ts [writer…]` (writers as `writerOf` names them); SL_MISSES=1 lists misses.
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { ParsedMessage } from '../src-preload/contract/intent';
import { writerHoldout } from '../src-main/brains/offline/understand/intent-learning';
import {
  regressionFiles,
  type LabelledRequest,
} from '../src-main/brains/offline/understand/labelled-requests';

const root = resolve(import.meta.dirname, '..');
const dev = resolve(root, '..', 'shared', 'eval', 'intents-dev.jsonl');
const files = [...regressionFiles(root), ...(existsSync(dev) ? [dev] : [])];
const only = process.argv.slice(2);

function printMiss(r: LabelledRequest, got: ParsedMessage): void {
  if (!process.env.SL_MISSES) return;
  console.log(
    r.intent === got.intent
      ? `  params ${JSON.stringify(r.params)} → ${JSON.stringify(got.params)}: ${r.text}`
      : `  ${r.intent} → ${got.intent} ${got.confidence}: ${r.text}`,
  );
}

const t0 = performance.now();
const result = writerHoldout(files, only.length ? only : undefined, undefined, printMiss);
for (const r of result.writers)
  console.log(
    `${basename(r.file).padEnd(40)} ${r.requests}\tintent ${r.intent.toFixed(3)}\tparams ${r.params.toFixed(3)}`,
  );
console.log(
  `writer-held-out over ${result.requests}: intent ${result.intent.toFixed(3)}, params ${result.params.toFixed(3)} ` +
    `(${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
