// Dev benchmark: analyzeProse vs one plain compromise parse on a ~120k-word text built from LitBank excerpts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeProse } from '../src-main/agents/analysis/analyze-prose';

const dir =
  process.argv[process.argv.length - 1]?.startsWith('--') === false && process.argv.length > 2
    ? process.argv[process.argv.length - 1]!
    : '/work/shared/eval/litbank-dev/entities/brat';
const parts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const TARGET_WORDS = 120_000;
const chunks: string[] = [];
let words = 0;
for (let i = 0; words < TARGET_WORDS; i++) {
  const p = parts[i % parts.length]!;
  chunks.push(`CHAPTER ${i + 1}\n\n${p}`);
  words += p.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
const text = chunks.join('\n\n');

function time(label: string, fn: () => unknown): number {
  fn(); // warm-up (JIT, lazy tables)
  const t0 = performance.now();
  fn();
  const secs = (performance.now() - t0) / 1000;
  const wps = words / secs;
  console.log(`${label.padEnd(14)} ${secs.toFixed(2)} s  ${Math.round(wps).toLocaleString('en')} words/s`);
  return wps;
}

console.log(`text: ${words.toLocaleString('en')} words, ${text.length.toLocaleString('en')} chars`);
const ours = time('analyzeProse', () => analyzeProse(text));
const base = time('nlp(text)', () => nlp(text));
console.log(`ratio analyzeProse / compromise = ${(ours / base).toFixed(2)} (must be >= 0.5)`);
