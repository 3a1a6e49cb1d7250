// What the intent model is a function of besides its labelled sets: the code and tables training runs, hashed, so
// a build can skip retraining when none of them changed (training is deterministic: it would write the same model).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { IntentModel } from '../src-main/brains/offline/understand/intent-model';
import { sourceInputs } from './build-cli.mjs';

/** Every file of the checkout that training depends on, relative to the root, sorted; `model` is left out. */
export async function trainingInputs(root: string, model: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/train-intents.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    external: ['electron'],
    logLevel: 'silent',
  });
  const imported = sourceInputs(result.metafile);
  // Tables the language code reads at run time (readResourceJson) are no imports; the npm packages (compromise's
  // lexicon) are pinned by the lockfile.
  const tables = readdirSync(join(root, 'resources', 'engine'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => ['resources', 'engine', ...f.split(/[\\/]/)].join('/'));
  const skip = relative(root, model).split('\\').join('/');
  return [...new Set([...imported, ...tables, 'package-lock.json'])].filter((f) => f !== skip).sort();
}

/** The sha256 of the inputs' names and contents. */
export async function trainingInputsHash(root: string, model: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await trainingInputs(root, model))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** What the model file says it was trained on; none when it is missing or damaged (then training writes it anew). */
export function trainedOnOf(model: string): IntentModel['trainedOn'] | undefined {
  try {
    return (JSON.parse(readFileSync(model, 'utf8')) as IntentModel).trainedOn;
  } catch {
    return undefined;
  }
}
