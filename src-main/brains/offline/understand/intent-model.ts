// The intent classifier's model: hashed features → calibrated probabilities (a linear model mixed with a network).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from '../../../../src-preload/contract/intent';
import {
  logSoftmax,
  networkLogProbs,
  unpackNetwork,
  type Network,
  type PackedNetwork,
} from './intent-network';
// Bundled like the lexicon, so every entry (app, CLI bundle, child scripts) has it without locating resources/.
import shipped from '../../../../resources/engine/understand/intent-model.json';

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
  /** The network over the same slots (absent in models trained before it existed: then the linear model alone). */
  network?: PackedNetwork;
  /** The network's share of the score: its log-probabilities weigh this much, the linear model's the rest. */
  networkWeight?: number;
  /** Softmax temperature fitted on out-of-fold predictions, so probabilities are calibrated. */
  temperature: number;
  trainedOn: { files: string[]; requests: number; sha256: string };
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

/**
 * Raw per-intent scores of a message's slots (before the temperature): the linear scores, or with a network the
 * weighted mean of both halves' log-probabilities.
 */
export function rawScores(model: IntentModel, slots: readonly number[]): number[] {
  const linear = linearScores(model, slots);
  if (!model.network) return linear;
  const net = networkLogProbs(networkOf(model.network), slots);
  const w = model.networkWeight ?? 0;
  return logSoftmax(linear).map((x, k) => (1 - w) * x + w * (net[k] as number));
}

/** Calibrated probability of each intent, in the model's intent order. */
export function predictIntent(model: IntentModel, keys: readonly string[]): number[] {
  return softmax(rawScores(model, featureSlots(keys, model.buckets)), model.temperature);
}

let cached: IntentModel | undefined;

function checked(model: IntentModel, from: string): IntentModel {
  if (model.version !== 1 || !model.intents?.length || typeof model.weights !== 'object')
    throw new Error(`${from} is not an intent model of version 1 (run \`npm run train:intents\`).`);
  // Unpacking is the network's load cost: paid here, once, not by the first message.
  if (model.network) networkOf(model.network);
  return model;
}

/** Reads and checks a model file (the bench times this: it is the load cost of the shipped model). */
export function readIntentModel(file: string): IntentModel {
  return checked(JSON.parse(readFileSync(file, 'utf8')) as IntentModel, file);
}

/** The shipped model (resources/engine/understand/intent-model.json, bundled). */
export function intentModel(): IntentModel {
  cached ??= checked(shipped as unknown as IntentModel, INTENT_MODEL_PATH);
  return cached;
}

/** Replaces the model in use (tests, cross-validation); `undefined` goes back to the shipped one. */
export function useIntentModel(model: IntentModel | undefined): void {
  cached = model;
}
