// The JSON repair pass: fences, trailing commas, prose around a block, truncated answers.
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  parseJsonStrict,
  repairJson,
} from '../../../../src-main/brains/openai/json-repair';

describe('parseJsonStrict', () => {
  it('parses exact JSON and reports why other text is not', () => {
    expect(parseJsonStrict(' {"a": 1} ')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonStrict('Sure: {"a": 1}').ok).toBe(false);
  });
});

describe('repairJson', () => {
  it('takes the JSON out of a fenced block with prose around it', () => {
    expect(repairJson('Here you go:\n```json\n{"a": [1, 2]}\n```\nAnything else?')).toEqual({ a: [1, 2] });
  });

  it('removes trailing commas and typographic quotes', () => {
    expect(repairJson('{\u201Ca\u201D: [1, 2,], "b": {"c": true,},}')).toEqual({ a: [1, 2], b: { c: true } });
  });

  it('takes the first balanced block, ignoring braces inside strings', () => {
    expect(repairJson('The answer is {"text": "a } brace", "n": 2} and then {"other": 1}')).toEqual({
      text: 'a } brace',
      n: 2,
    });
  });

  it('closes a truncated answer at the last complete member instead of inventing the rest', () => {
    expect(repairJson('{"intent": "create", "params": {"entityType": "character", "names": ["Ad')).toEqual({
      intent: 'create',
      params: { entityType: 'character' },
    });
    expect(repairJson('[1, 2, 3')).toEqual([1, 2, 3]);
  });

  it('gives up on prose', () => {
    expect(repairJson('I think this is mostly small talk.')).toBeUndefined();
    expect(repairJson('')).toBeUndefined();
  });
});

describe('hostile nesting (issue 8, finding 9)', () => {
  const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;

  it('refuses text nested deeper than MAX_JSON_DEPTH before parsing it, with a short reason', () => {
    expect(nestsDeeperThan(deep)).toBe(true);
    expect(parseJsonStrict(deep)).toEqual({
      ok: false,
      error: `nested deeper than ${MAX_JSON_DEPTH} levels`,
    });
    expect(repairJson(`Sure: ${deep}`)).toBeUndefined();
  });

  it('counts only brackets outside strings', () => {
    expect(nestsDeeperThan(`{"a": "${'['.repeat(1000)}"}`)).toBe(false);
    expect(parseJsonStrict(`{"a": "${'['.repeat(1000)}"}`).ok).toBe(true);
  });

  it('a parse error never quotes control characters back', () => {
    const result = parseJsonStrict('\u0000\ufffd'.repeat(1000));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/\\u0000|\ufffd/);
    expect(!result.ok && result.error.length).toBeLessThanOrEqual(120);
  });
});
