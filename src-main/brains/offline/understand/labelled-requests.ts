// Labelled chat requests (JSONL of {text, intent, params}) and the shared scorer's comparison rules for them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled request, in the format of the shared eval's intents-dev.jsonl. */
export interface LabelledRequest {
  text: string;
  intent: string;
  params: Record<string, unknown>;
}

/** Reads a JSONL file of labelled requests (blank lines skipped). */
export function loadLabelled(file: string): LabelledRequest[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledRequest);
}

/** Where the labelled sets live in a checkout, relative to the repository root. */
export const LABELLED_DIR = join('tests', 'fixtures', 'intents');

/**
 * The regression sets (`regression-*.jsonl`) under a repository root: the training data of the intent
 * classifier. The blind sets beside them are measurements and are never returned here.
 */
export function regressionFiles(repoRoot: string): string[] {
  const dir = join(repoRoot, LABELLED_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^regression-.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const norm = (v: unknown): string => String(v).trim().toLowerCase();

/** The scorer's comparison: strings case-insensitively, numbers by value, arrays as sets, objects key by key. */
export function sameParam(expected: unknown, got: unknown): boolean {
  if (got === undefined) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(got)) return false;
    const e = new Set(expected.map(norm));
    const g = new Set(got.map(norm));
    return e.size === g.size && [...e].every((x) => g.has(x));
  }
  if (typeof expected === 'number') return Number(got) === expected;
  if (expected && typeof expected === 'object') {
    return (
      !!got &&
      typeof got === 'object' &&
      Object.entries(expected).every(([k, v]) => sameParam(v, (got as Record<string, unknown>)[k]))
    );
  }
  return norm(expected) === norm(got);
}

/** Counts of right intents and right expected parameter pairs for one prediction. */
export function scoreOne(
  c: LabelledRequest,
  got: { intent: string; params: object },
): { intentOk: boolean; pairs: number; pairsOk: number } {
  const params = got.params as Record<string, unknown>;
  const expected = Object.entries(c.params);
  const pairsOk = expected.filter(([k, v]) => sameParam(v, params[k])).length;
  return { intentOk: got.intent === c.intent, pairs: expected.length, pairsOk };
}
