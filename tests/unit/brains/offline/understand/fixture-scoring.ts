// Shared scoring of labelled request fixtures, with the shared eval scorer's comparison rules.
import fs from 'node:fs';
import path from 'node:path';
import { IntentSchema } from '../../../../../src-preload/contract/intent';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

export interface LabelledRequest {
  text: string;
  intent: string;
  params: Record<string, unknown>;
}

export const ALL_INTENTS: readonly string[] = IntentSchema.options;

/** A labelled set next to the tests (fixtures/<name>). */
export function loadFixture(name: string): LabelledRequest[] {
  return loadLabelled(path.join(__dirname, 'fixtures', name));
}

/** A labelled JSONL file, one {text, intent, params} per line (the shared eval's intents-dev.jsonl format). */
export function loadLabelled(file: string): LabelledRequest[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledRequest);
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

/** Intent and parameter accuracy of `parseMessage` on the cases, with the misses for the failure message. */
export function scoreFixture(cases: readonly LabelledRequest[]): {
  intent: number;
  params: number;
  misses: string;
} {
  let intents = 0;
  let pairs = 0;
  let pairsOk = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = parseMessage(c.text);
    if (r.intent === c.intent) intents++;
    else misses.push(`${c.text} → ${r.intent}`);
    for (const [k, v] of Object.entries(c.params)) {
      pairs++;
      if (sameParam(v, (r.params as Record<string, unknown>)[k])) pairsOk++;
      else misses.push(`${c.text}: ${k} = ${JSON.stringify((r.params as Record<string, unknown>)[k])}`);
    }
  }
  return { intent: intents / cases.length, params: pairs ? pairsOk / pairs : 1, misses: misses.join('\n') };
}
