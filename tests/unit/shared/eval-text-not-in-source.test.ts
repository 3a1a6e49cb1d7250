// No sentence of an eval, regression or labelled idea set is pasted into the product: no 6-word sequence of their
// texts may occur in src-*/ or resources/. The trained intent model needs no exception: it stores hashed feature
// slots, not words.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR } from '../../fixtures/eval-scorer';

const ROOT = resolve(__dirname, '../../..');
const N = 6;

/** Lower-cased words (letters, digits, inner apostrophes), the same way for sets and sources. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function ngrams(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + N <= ws.length; i++) out.push(ws.slice(i, i + N).join(' '));
  return out;
}

function jsonlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(dir, f))
    : [];
}

/** Every string value of every line (the request text, the idea), as 6-gram → file. */
function setGrams(files: readonly string[]): Map<string, string> {
  const grams = new Map<string, string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const value of Object.values(JSON.parse(line) as Record<string, unknown>))
        if (typeof value === 'string') for (const g of ngrams(words(value))) grams.set(g, file);
    }
  }
  return grams;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && /\.(?:ts|tsx|mts|js|mjs|json|md|txt|html|css|yaml|yml)$/.test(f));
}

describe('eval and regression texts in the product', () => {
  it('share no 6-word sequence with src-*/ or resources/', () => {
    const fixtures = join(ROOT, 'tests', 'fixtures');
    const files = [
      ...jsonlFiles(EVAL_DIR),
      ...jsonlFiles(join(fixtures, 'intents')),
      ...jsonlFiles(join(fixtures, 'ideas')),
    ];
    expect(files.length).toBeGreaterThan(3);
    const grams = setGrams(files);
    const roots = readdirSync(ROOT)
      .filter((d) => d.startsWith('src-'))
      .concat('resources')
      .map((d) => join(ROOT, d));
    const found: string[] = [];
    for (const file of roots.flatMap(sourceFiles)) {
      const seen = new Set(ngrams(words(readFileSync(file, 'utf8'))));
      for (const g of seen) {
        const from = grams.get(g);
        if (from)
          found.push(
            `${file.slice(ROOT.length + 1)}: "${g}" (from ${from.slice(from.lastIndexOf('/') + 1)})`,
          );
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});
