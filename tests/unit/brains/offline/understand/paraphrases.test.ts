// Held-out style check: paraphrased requests written for this module (not the eval set) must parse right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

interface Case {
  text: string;
  intent: string;
  params: Record<string, unknown>;
}

const cases: Case[] = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'paraphrases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

/** Same comparison as the intent scorer: case-insensitive strings, numbers by value, arrays as sets. */
function same(expected: unknown, got: unknown): boolean {
  const norm = (v: unknown) => String(v).trim().toLowerCase();
  if (got === undefined) return false;
  if (Array.isArray(expected)) return Array.isArray(got) && new Set(expected.map(norm)).size === new Set(got.map(norm)).size && expected.every((e) => got.map(norm).includes(norm(e)));
  if (typeof expected === 'number') return Number(got) === expected;
  return norm(expected) === norm(got);
}

describe('paraphrased requests', () => {
  it('has a meaningful number of cases', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it('gets at least 95% of intents and 90% of parameters right', () => {
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
        if (same(v, (r.params as Record<string, unknown>)[k])) pairsOk++;
        else misses.push(`${c.text}: ${k}`);
      }
    }
    expect(intents / cases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(pairsOk / pairs, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
