// The JSON repair pass: fences, trailing commas, prose around a block, truncated answers.
import { describe, expect, it } from 'vitest';
import { parseJsonStrict, repairJson } from '../../../../src-main/brains/openai/json-repair';

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
