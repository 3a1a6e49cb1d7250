// The model file's packed linear weights: they read back exactly, refuse what Int16 cannot hold, and older files still load.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fromStoredModel,
  toStoredModel,
} from '../../../../../src-main/brains/offline/understand/intent-model-file';
import {
  readIntentModel,
  type IntentModel,
} from '../../../../../src-main/brains/offline/understand/intent-model';

const model: IntentModel = {
  version: 1,
  buckets: 1 << 15,
  intents: ['chat', 'undo', 'export'],
  weights: { 5: [1, -2, 3], 32767: [-32767, 0, 32767], 17: [0, 0, 12], 30000: [9, 8, -7] },
  scale: 1000,
  temperature: 1.2,
  trainedOn: { files: ['a.jsonl'], requests: 3, sha256: 'x' },
};

describe('the intent model file', () => {
  it('packs the linear weights and reads them back unchanged', () => {
    const stored = toStoredModel(model);
    expect(stored.weights).toBeUndefined();
    expect(typeof stored.packedWeights).toBe('string');
    expect(fromStoredModel(JSON.parse(JSON.stringify(stored)))).toEqual(model);
  });

  it('refuses a weight that Int16 cannot hold, and says what to change', () => {
    expect(() => toStoredModel({ ...model, weights: { 3: [32768, 0, 0] } })).toThrow(
      /Int16.*lower the scale/,
    );
    expect(() => toStoredModel({ ...model, weights: { 3: [1.5, 0, 0] } })).toThrow(/Int16/);
  });

  it('loads a file of the older form, with the plain table', () => {
    expect(fromStoredModel(model)).toEqual(model);
    const file = join(mkdtempSync(join(tmpdir(), 'intent-model-')), 'old.json');
    writeFileSync(file, JSON.stringify(model));
    expect(readIntentModel(file).weights).toEqual(model.weights);
  });

  it('refuses damaged packed weights and says how to write them again', () => {
    const stored = toStoredModel(model);
    const cut = { ...stored, intents: ['chat', 'undo'] as IntentModel['intents'] };
    expect(() => fromStoredModel(cut)).toThrow(/npm run train:intents/);
  });
});
