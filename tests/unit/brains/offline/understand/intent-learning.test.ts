// Tests of leave-one-writer-out validation: each writer's set is scored by a model that never saw it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writerHoldout, writerOf } from '../../../../../src-main/brains/offline/understand/intent-learning';
import { DEFAULT_TRAINING } from '../../../../../src-main/brains/offline/understand/intent-training';

function labelledFile(dir: string, name: string, rows: [string, string][]): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    rows.map(([text, intent]) => JSON.stringify({ text, intent, params: {} })).join('\n') + '\n',
  );
  return file;
}

describe('writerOf', () => {
  it('puts a set and the holdout quarter of the same writing together', () => {
    expect(writerOf('/x/regression-styles-9.jsonl')).toBe('styles-9');
    expect(writerOf('/x/regression-holdout-styles-9.jsonl')).toBe('styles-9');
    expect(writerOf('/x/intents-dev.jsonl')).toBe('intents-dev');
  });
});

describe('writerHoldout', () => {
  // Nonsense words trip no rule, so only what the model learned can decide them.
  const dir = mkdtempSync(join(tmpdir(), 'writer-holdout-'));
  const zorb = (n: number): [string, string][] =>
    Array.from({ length: n }, (_, i) => [`zorblax the quindle ${i}`, 'simulate']);
  const small = (n: number): [string, string][] =>
    Array.from({ length: n }, (_, i) => [`blorp wuggle ${i}`, 'chat']);

  it('scores a writer with a model trained on the others only', () => {
    const only = labelledFile(dir, 'regression-only.jsonl', zorb(6));
    const a = labelledFile(dir, 'regression-a.jsonl', small(6));
    const b = labelledFile(dir, 'regression-b.jsonl', small(6));
    const held = writerHoldout([only, a, b], undefined, DEFAULT_TRAINING);
    const byFile = new Map(held.writers.map((w) => [w.file, w]));
    // Nobody else wrote "zorblax" requests: held out, they cannot be learned.
    expect(byFile.get(only)?.intent).toBe(0);
    expect(byFile.get(a)?.intent).toBe(1);
    expect(held.requests).toBe(18);
    expect(held.intent).toBeCloseTo(12 / 18, 5);
  });

  it('holds out only the writers asked for, and reports misses', () => {
    const only = labelledFile(dir, 'regression-only2.jsonl', zorb(4));
    const other = labelledFile(dir, 'regression-other2.jsonl', [...zorb(4), ...small(4)]);
    const misses: string[] = [];
    const held = writerHoldout([only, other], ['only2'], DEFAULT_TRAINING, (r) => misses.push(r.text));
    expect(held.writers.map((w) => w.file)).toEqual([only]);
    // Another writer's zorblax requests teach it.
    expect(held.writers[0]?.intent).toBe(1);
    expect(misses).toEqual([]);
  });
});
