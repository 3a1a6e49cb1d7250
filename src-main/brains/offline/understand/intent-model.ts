// The intent classifier's model: hashed features → calibrated probabilities (a linear model mixed with a network).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from '../../../../src-preload/contract/intent';
import { resourcesDir } from '../../../shared/resources';
import { fromStoredModel, type StoredIntentModel } from './intent-model-file';
import {
  logSoftmax,
  networkLogProbs,
  unpackNetwork,
  type Network,
  type PackedNetwork,
} from './intent-network';

/** Where the build writes the trained model, relative to resources/. */
export const INTENT_MODEL_PATH = join('engine', 'understand', 'intent-model.json');

/**
 * A trained model. Features are hashed into `buckets` slots, so the file holds numbers only — no words or
 * sentences of the labelled sets (the eval n-gram test can then scan resources/ without exceptions).
 */
export interface IntentModel {
  version: 1;
  buckets: number;
  intents: Intent[];
  /** Slot → one weight per intent (in `intents` order), as integers of 1/`scale`; unseen slots are absent (0). */
  weights: Record<string, number[]>;
  /** Weights are stored as integers: the real weight is the stored one divided by this (a smaller file). */
  scale: number;
  /**
   * The linear scores of a message with n distinct feature slots are multiplied by √(lengthNorm / n): every
   * present feature counts 1, so without it a long message's many weak cues outvote a short one's telling few.
   * Absent in models trained before it existed (unscaled).
   */
  lengthNorm?: number;
  /**
   * Networks over the same slots, trained alike from different seeds; their log-probabilities are averaged. Absent
   * in models trained before them: then the linear model alone (or the single `network` of older models).
   */
  networks?: PackedNetwork[];
  /** The one network of models trained before `networks` (read as a list of one). */
  network?: PackedNetwork;
  /** The networks' share of the score: their mean log-probabilities weigh this much, the linear model's the rest. */
  networkWeight?: number;
  /** Softmax temperature fitted on out-of-fold predictions, so probabilities are calibrated. */
  temperature: number;
  /**
   * The labelled files and their sha256; `inputs`, the sha256 of the code and tables training ran
   * (scripts/intent-training-inputs.ts), so the build retrains only when something it depends on changed.
   */
  trainedOn: { files: string[]; requests: number; sha256: string; inputs?: string };
}

/** FNV-1a hash of a feature key into a slot. */
export function hashFeature(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** The distinct slots of a message's feature keys. */
export function featureSlots(keys: readonly string[], buckets: number): number[] {
  return [...new Set(keys.map((k) => hashFeature(k, buckets)))];
}

/** Softmax of raw scores divided by a temperature. */
export function softmax(scores: readonly number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exp = scaled.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The factor a message's linear scores are scaled by (see `IntentModel.lengthNorm`). */
export function lengthScale(lengthNorm: number | undefined, slotCount: number): number {
  return lengthNorm === undefined || slotCount === 0 ? 1 : Math.sqrt(lengthNorm / slotCount);
}

/** The linear model's per-intent scores of a message's slots. */
function linearScores(model: IntentModel, slots: readonly number[]): number[] {
  const out = new Array<number>(model.intents.length).fill(0);
  for (const b of slots) {
    const w = model.weights[b];
    if (w) for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) + (w[k] ?? 0);
  }
  const factor = lengthScale(model.lengthNorm, slots.length) / model.scale;
  return out.map((x) => x * factor);
}

/** Unpacked networks, so a model's network is inflated once. */
const unpacked = new WeakMap<PackedNetwork, Network>();

function networkOf(packed: PackedNetwork): Network {
  let net = unpacked.get(packed);
  if (!net) unpacked.set(packed, (net = unpackNetwork(packed)));
  return net;
}

/** A model's networks: its list, or the one network of an older model. */
function networksOf(model: IntentModel): PackedNetwork[] {
  return model.networks ?? (model.network ? [model.network] : []);
}

/** The networks' mean log-probabilities of each intent. */
function meanNetworkLogProbs(packed: readonly PackedNetwork[], slots: readonly number[]): number[] {
  const sum = new Array<number>(packed[0]?.outputBias.length ?? 0).fill(0);
  for (const p of packed)
    networkLogProbs(networkOf(p), slots).forEach((x, k) => (sum[k] = (sum[k] as number) + x));
  return sum.map((x) => x / packed.length);
}

/**
 * Raw per-intent scores of a message's slots (before the temperature): the linear scores, or with networks the
 * weighted mean of the linear log-probabilities and the networks' mean log-probabilities.
 */
export function rawScores(model: IntentModel, slots: readonly number[]): number[] {
  const linear = linearScores(model, slots);
  const networks = networksOf(model);
  if (!networks.length) return linear;
  const net = meanNetworkLogProbs(networks, slots);
  const w = model.networkWeight ?? 0;
  return logSoftmax(linear).map((x, k) => (1 - w) * x + w * (net[k] as number));
}

/** Calibrated probability of each intent, in the model's intent order. */
export function predictIntent(model: IntentModel, keys: readonly string[]): number[] {
  return softmax(rawScores(model, featureSlots(keys, model.buckets)), model.temperature);
}

let cached: IntentModel | undefined;

function checked(stored: StoredIntentModel, from: string): IntentModel {
  if (stored.version !== 1 || !stored.intents?.length)
    throw new Error(`${from} is not an intent model of version 1 (run \`npm run train:intents\`).`);
  const model = fromStoredModel(stored);
  if (typeof model.weights !== 'object')
    throw new Error(`${from} has no linear weights (run \`npm run train:intents\`).`);
  // Unpacking is the networks' load cost: paid here, once, not by the first message.
  for (const p of networksOf(model)) networkOf(p);
  return model;
}

/** Reads and checks a model file (the bench times this: it is the load cost of the shipped model). */
export function readIntentModel(file: string): IntentModel {
  let stored: StoredIntentModel;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredIntentModel;
  } catch (error) {
    throw new Error(`${file} cannot be read (${(error as Error).message}): run \`npm run train:intents\`.`);
  }
  return checked(stored, file);
}

/**
 * The shipped model (resources/engine/understand/intent-model.json), read on first use rather than bundled: a
 * damaged file then stops only what classifies, not the training script that would write it again.
 */
export function intentModel(): IntentModel {
  cached ??= readIntentModel(join(resourcesDir(), INTENT_MODEL_PATH));
  return cached;
}

/** Replaces the model in use (tests, cross-validation); `undefined` goes back to the shipped one. */
export function useIntentModel(model: IntentModel | undefined): void {
  cached = model;
}
