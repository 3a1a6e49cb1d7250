// Building and measuring the intent classifier from labelled requests: calibrated training and k-fold validation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Intent, ParsedMessage } from '../../../../src-preload/contract/intent';
import { INTENT_NAMES } from '../../../../src-preload/contract/intent-names';
import { computeFeatures } from './features';
import { intentFeatureKeys } from './intent-features';
import { featureSlots, rawScores, type IntentModel } from './intent-model';
import { packNetwork } from './intent-network';
import { fitNetwork } from './intent-network-training';
import { INTENT_PATTERNS, patternHits } from './intent-patterns';
import {
  DEFAULT_TRAINING,
  fitTemperature,
  fitWeights,
  foldsOf,
  type TrainingExample,
  type TrainingOptions,
} from './intent-training';
import { loadLabelled, scoreOne, type LabelledRequest } from './labelled-requests';
import { parseMessage, prepareMessage } from './parse-message';

const INTENTS: readonly Intent[] = INTENT_NAMES;

/** The classifier's view of a labelled request. */
export function trainingExample(r: LabelledRequest): TrainingExample {
  // The same preparation as parsing, so the model learns from the text it will be shown.
  const f = computeFeatures(prepareMessage(r.text));
  return { keys: intentFeatureKeys(f, patternHits(f.template)), intent: r.intent as Intent };
}

/**
 * The pattern rows' feature keys and the intent each speaks for: the classifier's priors (see
 * `TrainingOptions.prior`). Broad cues get none, and neither do the hand-written detectors' hits: their scores
 * already grade them, and a prior on them lowered the cross-validated accuracy.
 */
export function patternPriors(): Map<string, Intent> {
  return new Map(INTENT_PATTERNS.filter((p) => !p.cue).map((p) => [`p:${p.id}`, p.intent]));
}

/**
 * Fits both halves of the classifier on the examples, at temperature 1: the linear model and, when the options
 * ask for them, the networks (packed as they ship, so what is measured is what users get).
 */
function fitClassifier(examples: readonly TrainingExample[], o: TrainingOptions): IntentModel {
  const linear = fitWeights(examples, INTENTS, o, patternPriors());
  const model: IntentModel = { version: 1, ...linear, temperature: 1, trainedOn: emptySource() };
  if (!o.network) return model;
  const slots = examples.map((e) => featureSlots(e.keys, o.buckets));
  const ys = examples.map((e) => INTENTS.indexOf(e.intent));
  const options = o.network;
  const networks = Array.from({ length: options.count }, (_, k) =>
    packNetwork(fitNetwork(slots, ys, INTENTS.length, { ...options, seed: options.seed + k })),
  );
  return { ...model, networks, networkWeight: options.weight };
}

/** Out-of-fold raw scores of every example (k-fold), for calibration. */
function outOfFoldScores(
  examples: readonly TrainingExample[],
  k: number,
  o: TrainingOptions,
): { scores: number[]; y: number }[] {
  const fold = foldsOf(examples.length, k);
  const out: { scores: number[]; y: number }[] = [];
  for (let i = 0; i < k; i++) {
    const model = fitClassifier(
      examples.filter((_, j) => fold[j] !== i),
      o,
    );
    examples.forEach((e, j) => {
      if (fold[j] === i)
        out.push({ scores: rawScores(model, featureSlots(e.keys, o.buckets)), y: INTENTS.indexOf(e.intent) });
    });
  }
  return out;
}

const emptySource = (): IntentModel['trainedOn'] => ({ files: [], requests: 0, sha256: '' });

/** The fingerprint of the training files, stored in the model so a stale model can be detected. */
export function sourceOf(files: readonly string[]): IntentModel['trainedOn'] {
  const hash = createHash('sha256');
  let requests = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    hash.update(basename(f)).update(text);
    requests += text.split('\n').filter((l) => l.trim()).length;
  }
  return { files: files.map((f) => basename(f)), requests, sha256: hash.digest('hex') };
}

/** Trains the shipped model: temperature from 5-fold out-of-fold scores, weights from all requests. */
export function trainIntentModel(
  requests: readonly LabelledRequest[],
  source: IntentModel['trainedOn'],
  o: TrainingOptions = DEFAULT_TRAINING,
): IntentModel {
  const examples = requests.map(trainingExample);
  const temperature = fitTemperature(outOfFoldScores(examples, 5, o));
  return { ...fitClassifier(examples, o), temperature, trainedOn: source };
}

/** k-fold figures: accuracy over all held-out requests, and each fold's intent accuracy for the spread. */
export interface CrossValidation {
  k: number;
  requests: number;
  intent: number;
  params: number;
  foldIntent: number[];
}

/** Trains on k−1 folds and scores the held-out fold with the full parser (intent and parameters), k times. */
export function crossValidate(
  requests: readonly LabelledRequest[],
  k = 5,
  o: TrainingOptions = DEFAULT_TRAINING,
  /** Called with each held-out request and its parse, right or wrong (for an analysis of the misses). */
  onParsed?: (r: LabelledRequest, got: ParsedMessage) => void,
  seed?: number,
): CrossValidation {
  const examples = requests.map(trainingExample);
  const fold = foldsOf(requests.length, k, seed);
  let intents = 0;
  let pairs = 0;
  let pairsOk = 0;
  const foldIntent: number[] = [];
  for (let i = 0; i < k; i++) {
    const train = examples.filter((_, j) => fold[j] !== i);
    const model = calibratedModel(train, o);
    const held = requests.filter((_, j) => fold[j] === i);
    let right = 0;
    for (const r of held) {
      const got = parseMessage(r.text, {}, model);
      onParsed?.(r, got);
      const s = scoreOne(r, got);
      right += s.intentOk ? 1 : 0;
      pairs += s.pairs;
      pairsOk += s.pairsOk;
    }
    intents += right;
    foldIntent.push(held.length ? right / held.length : 1);
  }
  return {
    k,
    requests: requests.length,
    intent: intents / requests.length,
    params: pairs ? pairsOk / pairs : 1,
    foldIntent,
  };
}

/** One writer's held-out figures. */
export interface WriterFigures {
  file: string;
  requests: number;
  intent: number;
  params: number;
}

/** Leave-one-writer-out figures: each writer's set scored by a model trained on everyone else's. */
export interface WriterHoldout {
  requests: number;
  intent: number;
  params: number;
  writers: WriterFigures[];
}

/**
 * The writer of a labelled file: its name without `regression-`, `holdout-` and `.jsonl`, so a set and the
 * holdout quarter of the same writing fall together.
 */
export function writerOf(file: string): string {
  return basename(file, '.jsonl')
    .replace(/^regression-/, '')
    .replace(/^holdout-/, '');
}

/** Trains a calibrated model on the examples (the shipped recipe, at a smaller calibration cost). */
function calibratedModel(train: readonly TrainingExample[], o: TrainingOptions): IntentModel {
  return { ...fitClassifier(train, o), temperature: fitTemperature(outOfFoldScores(train, 3, o)) };
}

/**
 * Trains on every other writer's requests and scores each writer's with the full parser. Random k-fold lets a
 * writer's habits leak between folds; holding out whole writers estimates what an unseen user gets.
 */
export function writerHoldout(
  files: readonly string[],
  heldOut: readonly string[] = files.map(writerOf),
  o: TrainingOptions = DEFAULT_TRAINING,
  /** Called with each request whose intent or some expected parameter came out wrong. */
  onMiss?: (r: LabelledRequest, got: ParsedMessage) => void,
): WriterHoldout {
  const sets = files.map((file) => ({ file, writer: writerOf(file), requests: loadLabelled(file) }));
  const writers: WriterFigures[] = [];
  const total = { requests: 0, intents: 0, pairs: 0, pairsOk: 0 };
  for (const writer of [...new Set(heldOut)]) {
    const train = sets.filter((s) => s.writer !== writer).flatMap((s) => s.requests.map(trainingExample));
    const model = calibratedModel(train, o);
    for (const set of sets.filter((s) => s.writer === writer)) {
      const t = { intents: 0, pairs: 0, pairsOk: 0 };
      for (const r of set.requests) {
        const got = parseMessage(r.text, {}, model);
        const s = scoreOne(r, got);
        if (!s.intentOk || s.pairsOk < s.pairs) onMiss?.(r, got);
        t.intents += s.intentOk ? 1 : 0;
        t.pairs += s.pairs;
        t.pairsOk += s.pairsOk;
      }
      const n = set.requests.length;
      writers.push({
        file: set.file,
        requests: n,
        intent: n ? t.intents / n : 1,
        params: t.pairs ? t.pairsOk / t.pairs : 1,
      });
      total.requests += n;
      total.intents += t.intents;
      total.pairs += t.pairs;
      total.pairsOk += t.pairsOk;
    }
  }
  return {
    requests: total.requests,
    intent: total.requests ? total.intents / total.requests : 1,
    params: total.pairs ? total.pairsOk / total.pairs : 1,
    writers,
  };
}

/** All requests of several labelled files. */
export function loadAll(files: readonly string[]): LabelledRequest[] {
  return files.flatMap((f) => loadLabelled(f));
}
