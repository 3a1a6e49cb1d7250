// k-fold cross-validation of the whole parser over every labelled request, with each held-out parse written out.
// `npx tsx scripts/intent-cv.ts [--seed N] [--out parses.jsonl]`: the bench's 5-fold figure at any fold seed, and
// per request what was expected and what came out (to count kinds of error; never to tune on blind sets, which
// are not read here).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crossValidate, loadAll } from '../src-main/brains/offline/understand/intent-learning';
import { regressionFiles, scoreOne } from '../src-main/brains/offline/understand/labelled-requests';

const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const dev = resolve(root, '..', 'shared', 'eval', 'intents-dev.jsonl');
const requests = loadAll([...regressionFiles(root), ...(existsSync(dev) ? [dev] : [])]);
const lines: string[] = [];
const t0 = performance.now();
const cv = crossValidate(
  requests,
  5,
  undefined,
  (r, got) => {
    const s = scoreOne(r, got);
    const row = { text: r.text, want: r.intent, got: got.intent, confidence: got.confidence, ...s };
    lines.push(JSON.stringify(row));
  },
  values.seed === undefined ? undefined : Number(values.seed),
);
if (values.out) writeFileSync(values.out, lines.join('\n') + '\n');
const right = Math.round(cv.intent * cv.requests);
console.log(
  `5-fold CV over ${cv.requests} requests: intent ${cv.intent.toFixed(4)} (${right} right), params ` +
    `${cv.params.toFixed(4)}, folds ${cv.foldIntent.map((x) => x.toFixed(3)).join(' ')}, ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
