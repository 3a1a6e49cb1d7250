// Tests of politeness around a request: the lexicon's frames are stripped, and indirect ones are not questions.
import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import {
  asksIndirectly,
  stripPoliteness,
} from '../../../../../src-main/brains/offline/understand/politeness';

describe('stripPoliteness', () => {
  it.each([
    ['would you mind moving on to casting', 'moving on to casting'],
    ['would it be possible to export the script', 'export the script'],
    ["if you don't mind, add a scene", 'add a scene'],
    ['ok so please, could you delete the barn', 'delete the barn'],
    ['i was wondering if you could rename @n', 'rename @n'],
  ])('%s → %s', (text, rest) => {
    expect(stripPoliteness(text).text).toBe(rest);
  });

  it('leaves a message that is nothing but politeness as it is', () => {
    expect(stripPoliteness('please')).toEqual({ text: 'please', offset: 0 });
  });

  it('tells indirect questions from plain openers', () => {
    expect(asksIndirectly('would it be possible to ')).toBe(true);
    expect(asksIndirectly('may i ask you to ')).toBe(true);
    expect(asksIndirectly('ok so ')).toBe(false);
  });
});

describe('a polite request that closes with "please?"', () => {
  it('keeps the request: a closing "please" is not a request buried after a preamble', () => {
    const f = computeFeatures('Would you kindly push us along to the shot list, please?');
    expect(f.template).toBe('push us along to the shot list?');
    expect(f.isQuestion).toBe(false);
  });

  it.each([
    ['Might I ask you to export the whole screenplay as a PDF, please?', 'export', { format: 'pdf' }],
    ['Would it be possible to add four goons to the warehouse scene, please?', 'bulk_create', { count: 4 }],
  ])('%s → %s', (text, intent, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe(intent);
    expect(r.params).toMatchObject(params);
  });
});
