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

  it('does not read "go over the <step>" (to look it over) as a move to that step', () => {
    const move = INTENT_PATTERNS.find((p) => p.id === 'advance-move-to-step')!;
    expect(move.regex.test(computeFeatures('go over the storyboard with me').template)).toBe(false);
    expect(move.regex.test(computeFeatures('go over to the storyboard').template)).toBe(true);
  });

  it('leaves "is it possible to …" to the classifier: the frame also asks for a request, not only about the app', () => {
    const possible = INTENT_PATTERNS.find((p) => p.id === 'product-possible')!;
    expect(possible.certain).toBe(false);
    expect(parseMessage('is it possible to add a location called Quillon Quay?').intent).toBe('create');
  });

  it('rejects a pattern naming an unknown word class, saying which row', () => {
    expect(() => expandPattern('bad-row', '^(?:{verb:fly})\\b')).toThrow(/bad-row.*verb:fly/);
  });
});

describe('rows with a prior carry requests their words alone would not', () => {
  // Own phrasings of the structures the rows state; the classifier reads each row's hit with a prior weight.
  it.each([
    ['what if Odile bumped into Bram at the ferry', 'simulate'],
    ['how would Odile react if Bram forgot her birthday', 'simulate'],
    ['bundle the whole project up so I can send it to my producer', 'export'],
    ['scrap the edit you just did', 'undo'],
    ['put it back how it was please', 'undo'],
    ['strike the lighthouse from the list of locations', 'modify'],
    ['my neighbour keeps a pet goat lol', 'chat'],
    ['draft a beat sheet for the pilot', 'generate'],
    ["so what's our next move", 'advance'],
    ['ok, moving on then', 'advance'],
    ["who's in here: 'Odile rowed past the cannery while Bram slept on the jetty'", 'analyze'],
    ['how I can put the boards in a PDF?', 'chat'],
    ['where do the exports get saved', 'chat'],
    ['Odile, 44, ferry captain', 'create'],
    ['one more: Bram Okoye, 29, courier', 'create'],
  ])('%s → %s', (text, intent) => {
    expect(parseMessage(text).intent).toBe(intent);
  });
});
