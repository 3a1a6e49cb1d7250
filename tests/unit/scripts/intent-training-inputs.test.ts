// What the build's intent training depends on: the code it imports, the engine tables, the lockfile; never the model.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainedOnOf, trainingInputs } from '../../../scripts/intent-training-inputs';

const ROOT = resolve(__dirname, '../../..');
const MODEL = resolve(ROOT, 'resources/engine/understand/intent-model.json');

describe('intent training inputs', () => {
  it('holds the features, the training, the tables read at run time and the lockfile, but not the model', async () => {
    const inputs = await trainingInputs(ROOT, MODEL);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src-main/brains/offline/understand/intent-features.ts',
        'src-main/brains/offline/understand/parse-message.ts',
        'src-main/brains/offline/understand/intent-network-training.ts',
        'src-main/shared/lbfgs.ts',
        'resources/engine/understand/lexicon.json',
        // Read with readResourceJson, not imported.
        'resources/engine/language/word-clusters.json',
        'package-lock.json',
      ]),
    );
    expect(inputs).not.toContain('resources/engine/understand/intent-model.json');
    expect(inputs.some((f) => f.includes('node_modules/'))).toBe(false);
    expect(inputs).toEqual([...inputs].sort());
  }, 30_000);

  it('reads what the model was trained on, and nothing from a missing or damaged file (so it is trained anew)', () => {
    expect(trainedOnOf(MODEL)?.requests).toBeGreaterThan(1000);
    const dir = mkdtempSync(join(tmpdir(), 'intent-model-'));
    expect(trainedOnOf(join(dir, 'absent.json'))).toBeUndefined();
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"version":1,"weights":');
    expect(trainedOnOf(damaged)).toBeUndefined();
  });
});
