// Build step: trains the intent classifier from the regression sets and writes resources/engine/understand/intent-model.json.
// Skipped when the model was trained on these very sets and inputs (`--force` trains anyway).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INTENT_MODEL_PATH } from '../src-main/brains/offline/understand/intent-model';
import { toStoredModel } from '../src-main/brains/offline/understand/intent-model-file';
import { loadAll, sourceOf, trainIntentModel } from '../src-main/brains/offline/understand/intent-learning';
import { regressionFiles } from '../src-main/brains/offline/understand/labelled-requests';
import { trainedOnOf, trainingInputsHash } from './intent-training-inputs';

const root = resolve(import.meta.dirname, '..');
const files = regressionFiles(root);
if (!files.length)
  throw new Error('No tests/fixtures/intents/regression-*.jsonl to train the intent classifier from.');
const t0 = performance.now();
const out = join(root, 'resources', INTENT_MODEL_PATH);
const source = { ...sourceOf(files), inputs: await trainingInputsHash(root, out) };
const shipped = trainedOnOf(out);
if (
  !process.argv.includes('--force') &&
  shipped?.sha256 === source.sha256 &&
  shipped.inputs === source.inputs
) {
  console.log(`intent model is current (same labelled sets, code and tables): not retrained → ${out}`);
  process.exit(0);
}
const model = trainIntentModel(loadAll(files), source);
const json = JSON.stringify(toStoredModel(model));
writeFileSync(out, json + '\n');
console.log(
  `intent model: ${model.trainedOn.requests} requests from ${files.length} files, ` +
    `${Object.keys(model.weights).length} slots, T=${model.temperature}, ${(json.length / 1024).toFixed(0)} KiB, ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`,
);
