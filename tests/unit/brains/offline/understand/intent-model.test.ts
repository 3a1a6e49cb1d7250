// The learned intent scorer: the shipped model is current and small, training learns, folds and calibration behave.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../../../../src-main/brains/offline/understand/intent-learning';
import {
  hashFeature,
  INTENT_MODEL_PATH,
  intentModel,
  predictIntent,
  readIntentModel,
} from '../../../../../src-main/brains/offline/understand/intent-model';
import {
  DEFAULT_TRAINING,
  exampleWeights,
  fitTemperature,
  fitWeights,
  foldsOf,
} from '../../../../../src-main/brains/offline/understand/intent-training';
import { regressionFiles } from '../../../../../src-main/brains/offline/understand/labelled-requests';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

const ROOT = resolve(__dirname, '../../../../..');

describe('the shipped intent model', () => {
  it('was trained on the regression sets as they are now (else run `npm run train:intents`)', () => {
    const source = sourceOf(regressionFiles(ROOT));
    expect(source.requests).toBeGreaterThan(500);
    expect(intentModel().trainedOn).toMatchObject(source);
  });

  it('stores hashed slots and numbers only, in a file under 2 MB', () => {
    expect(statSync(resolve(ROOT, 'resources', INTENT_MODEL_PATH)).size).toBeLessThan(2 * 1024 * 1024);
    expect(Object.keys(intentModel().weights).every((k) => /^\d+$/.test(k))).toBe(true);
  });

  it('refuses a damaged file with the command that writes it again', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'intent-model-')), 'intent-model.json');
    writeFileSync(file, '{"version":1,"weights":');
    expect(() => readIntentModel(file)).toThrow(/intent-model\.json cannot be read .*npm run train:intents/);
  });

  it('gives a probability distribution; the confidence is the top probability', () => {
    const probs = predictIntent(intentModel(), ['bias', 'w:export', 'x:format']);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const parsed = parseMessage('could you maybe send the boards over as a pdf');
    const top = [parsed.confidence, ...(parsed.alternatives ?? []).map((a) => a.confidence)];
    expect(top).toEqual([...top].sort((a, b) => b - a));
  });
});

describe('training', () => {
  it('learns a separable toy problem and keeps only the slots that change a score', () => {
    const examples = [
      ...Array.from({ length: 10 }, () => ({ keys: ['bias', 'w:undo'], intent: 'undo' as const })),
      ...Array.from({ length: 10 }, () => ({ keys: ['bias', 'w:hello'], intent: 'chat' as const })),
    ];
    const fit = fitWeights(examples, ['undo', 'chat']);
    // The bias is seen as often with either intent, so its weights are 0 and left out of the file.
    const slotOf = (key: string): string => String(hashFeature(key, DEFAULT_TRAINING.buckets));
    expect(Object.keys(fit.weights).sort()).toEqual([slotOf('w:undo'), slotOf('w:hello')].sort());
    const model = {
      ...fit,
      version: 1 as const,
      temperature: 1,
      trainedOn: { files: [], requests: 0, sha256: '' },
    };
    expect(predictIntent(model, ['bias', 'w:undo'])[0]).toBeGreaterThan(0.8);
    expect(predictIntent(model, ['bias', 'w:hello'])[1]).toBeGreaterThan(0.8);
  });

  it('starts a pattern row at its prior, keeps it when no request hits the row, and lets the data overrule it', () => {
    const o = DEFAULT_TRAINING;
    const slotOf = (key: string): string => String(hashFeature(key, o.buckets));
    const examples = [
      // The row "p:says-undo" speaks for undo, but every request that hits it is chat.
      ...Array.from({ length: 12 }, () => ({
        keys: ['bias', 'p:says-undo', 'w:lol'],
        intent: 'chat' as const,
      })),
      ...Array.from({ length: 12 }, () => ({ keys: ['bias', 'w:revert'], intent: 'undo' as const })),
    ];
    const priors = new Map([
      ['p:says-undo', 'undo' as const],
      ['p:never-hit', 'undo' as const],
    ]);
    const fit = fitWeights(examples, ['undo', 'chat'], o, priors);
    // Unseen by the data: exactly the prior for its own intent, nothing for the others.
    expect(fit.weights[slotOf('p:never-hit')]).toEqual([o.prior * fit.scale, 0]);
    // Overruled: the requests that hit the row pull it towards chat.
    const [undo = 0, chat = 0] = fit.weights[slotOf('p:says-undo')] ?? [];
    expect(chat).toBeGreaterThan(undo);
    // Without a prior, an unseen row has no slot at all.
    expect(
      fitWeights(examples, ['undo', 'chat'], { ...o, prior: 0 }, priors).weights[slotOf('p:never-hit')],
    ).toBe(undefined);
  });

  it('trains to the minimum of the objective: class frequencies, whatever the order of the examples', () => {
    // One feature shared by all, 30 chat and 10 undo, no balancing and almost no L2: at the minimum the softmax
    // gives the class frequencies, so the two weights are ±ln(3)/2 (L2 splits the difference evenly).
    const examples = [
      ...Array.from({ length: 30 }, () => ({ keys: ['bias'], intent: 'chat' as const })),
      ...Array.from({ length: 10 }, () => ({ keys: ['bias'], intent: 'undo' as const })),
    ];
    const o = { ...DEFAULT_TRAINING, balance: 0, l2: 1e-9, lengthNorm: undefined };
    const half = Math.round((Math.log(3) / 2) * 1000);
    const fit = fitWeights(examples, ['chat', 'undo'], o);
    expect(fit.weights[String(hashFeature('bias', o.buckets))]).toEqual([half, -half]);
    expect(fitWeights([...examples].reverse(), ['chat', 'undo'], o).weights).toEqual(fit.weights);
  });

  it('scales the linear scores by √(lengthNorm / the slot count), and learns weights for that scale', () => {
    const slot = String(hashFeature('bias', DEFAULT_TRAINING.buckets));
    const model = {
      version: 1 as const,
      buckets: DEFAULT_TRAINING.buckets,
      intents: ['chat' as const, 'undo' as const],
      weights: { [slot]: [1000, 0] },
      scale: 1000,
      temperature: 1,
      trainedOn: { files: [], requests: 0, sha256: '' },
    };
    const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
    // Unscaled (a model trained before the scale existed): the one weight counts 1 however long the message.
    expect(predictIntent(model, ['bias'])[0]).toBeCloseTo(sigmoid(1), 6);
    expect(predictIntent(model, ['bias', 'w:unseen'])[0]).toBeCloseTo(sigmoid(1), 6);
    // With lengthNorm 4: √(4 / 1) for one slot, √(4 / 2) for two.
    const scaled = { ...model, lengthNorm: 4 };
    expect(predictIntent(scaled, ['bias'])[0]).toBeCloseTo(sigmoid(2), 6);
    expect(predictIntent(scaled, ['bias', 'w:unseen'])[0]).toBeCloseTo(sigmoid(Math.SQRT2), 6);
    // Training knows the scale: at the minimum the scaled weights give the class frequencies (3 : 1 here).
    const examples = [
      ...Array.from({ length: 30 }, () => ({ keys: ['bias'], intent: 'chat' as const })),
      ...Array.from({ length: 10 }, () => ({ keys: ['bias'], intent: 'undo' as const })),
    ];
    const fit = fitWeights(examples, ['chat', 'undo'], {
      ...DEFAULT_TRAINING,
      balance: 0,
      l2: 1e-9,
      lengthNorm: 4,
    });
    expect(fit.lengthNorm).toBe(4);
    expect(fit.weights[slot]).toEqual([1, -1].map((s) => Math.round((s * 1000 * Math.log(3)) / 2 / 2)));
  });

  it('refuses weights short of the minimum and says what to change', () => {
    const examples = [
      ...Array.from({ length: 30 }, () => ({ keys: ['bias', 'w:no'], intent: 'chat' as const })),
      ...Array.from({ length: 10 }, () => ({ keys: ['bias', 'w:back'], intent: 'undo' as const })),
    ];
    const o = { ...DEFAULT_TRAINING, maxIterations: 1 };
    expect(() => fitWeights(examples, ['chat', 'undo'], o)).toThrow(
      /after 1 iterations.*Raise maxIterations/,
    );
    expect(() => fitWeights(examples, ['chat', 'undo'])).not.toThrow();
  });

  it('splits folds evenly and the same way every time', () => {
    const folds = foldsOf(103, 5);
    expect(folds).toEqual(foldsOf(103, 5));
    const sizes = [0, 1, 2, 3, 4].map((k) => folds.filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('calibrates: over-confident scores get a temperature above 1, timid ones below', () => {
    const confidentButWrongOften = Array.from({ length: 40 }, (_, i) => ({
      scores: [8, 0],
      y: i % 4 === 0 ? 1 : 0,
    }));
    expect(fitTemperature(confidentButWrongOften)).toBeGreaterThan(1);
    const timidButRight = Array.from({ length: 40 }, () => ({ scores: [0.5, 0], y: 0 }));
    expect(fitTemperature(timidButRight)).toBeLessThan(1);
  });
});

describe('slash commands', () => {
  it('name the intent; the rest of the message gives the parameters', () => {
    expect(parseMessage('/create a character named Ilse, 40, a pilot')).toMatchObject({
      intent: 'create',
      confidence: 0.99,
      params: { names: ['Ilse'], age: 40 },
    });
    expect(parseMessage('/bulk-create 4 locations').intent).toBe('bulk_create');
    expect(parseMessage('/nonsense hello').intent).not.toBe('nonsense');
  });
});

describe('class balancing', () => {
  it('gives a rare class as much total weight as a frequent one, and sums to 1', () => {
    const ys = [0, 0, 0, 0, 0, 0, 1, 1];
    const w = exampleWeights(ys, 1);
    const total = (k: number): number => w.filter((_, i) => ys[i] === k).reduce((a, b) => a + b, 0);
    expect(total(0)).toBeCloseTo(total(1), 10);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(new Set(exampleWeights(ys, 0)).size).toBe(1);
  });
});
