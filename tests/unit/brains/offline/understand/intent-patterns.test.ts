// The declarative intent pattern table: every row's examples match it, certain rows decide alone, classes resolve.
import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';
import {
  expandPattern,
  INTENT_PATTERNS,
} from '../../../../../src-main/brains/offline/understand/intent-patterns';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('intent pattern table', () => {
  it('has rows for every intent but none twice under one id', () => {
    const ids = INTENT_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(INTENT_PATTERNS.map((p) => p.intent)).size).toBe(11);
  });

  it.each(INTENT_PATTERNS.map((p) => [p.id, p] as const))('row %s matches each of its examples', (_, row) => {
    expect(row.examples.length).toBeGreaterThan(0);
    for (const example of row.examples) {
      // Examples are written as users type them; "@n" stands for a name already in the template form.
      const template = example.includes('@n') ? example : computeFeatures(example).template;
      expect(row.regex.test(template), `${row.id}: ${example} (${template})`).toBe(true);
    }
  });

  it('a certain row decides the intent alone, at the certain confidence', () => {
    for (const row of INTENT_PATTERNS.filter((p) => p.certain)) {
      for (const example of row.examples) {
        expect(parseMessage(example), example).toMatchObject({ intent: row.intent, confidence: 0.99 });
      }
    }
  });

  it('rejects a pattern naming an unknown word class, saying which row', () => {
    expect(() => expandPattern('bad-row', '^(?:{verb:fly})\\b')).toThrow(/bad-row.*verb:fly/);
  });
});
