// Third held-out style check: producer/screenwriter jargon, non-native English, terse commands and long rambling
// requests (fixtures/held-out-third.jsonl), labelled by the DESIGN §5 conventions before the parser was run on them.
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
  .readFileSync(path.join(__dirname, 'fixtures', 'held-out-third.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const norm = (v: unknown): string => String(v).trim().toLowerCase();

/** The scorer's comparison: strings case-insensitively, numbers by value, arrays as sets, objects key by key. */
function same(expected: unknown, got: unknown): boolean {
  if (got === undefined) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(got)) return false;
    const e = new Set(expected.map(norm));
    const g = new Set(got.map(norm));
    return e.size === g.size && [...e].every((x) => g.has(x));
  }
  if (typeof expected === 'number') return Number(got) === expected;
  if (expected && typeof expected === 'object') {
    return !!got && typeof got === 'object' && Object.entries(expected).every(([k, v]) => same(v, (got as Record<string, unknown>)[k]));
  }
  return norm(expected) === norm(got);
}

describe('held-out third-style requests', () => {
  it('covers every intent with at least 120 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const intents = new Set(cases.map((c) => c.intent));
    for (const i of ['chat', 'create', 'bulk_create', 'generate', 'modify', 'query', 'advance', 'simulate', 'analyze', 'export', 'undo']) {
      expect(intents.has(i), i).toBe(true);
    }
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
        else misses.push(`${c.text}: ${k} = ${JSON.stringify((r.params as Record<string, unknown>)[k])}`);
      }
    }
    expect(intents / cases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(pairsOk / pairs, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
