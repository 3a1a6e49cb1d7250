// The intent classifier's non-linear half: a one-hidden-layer network over the hashed feature slots, stored packed.
//
// The linear model scores each feature alone; the network also learns what features mean together (two cues that
// each point to one intent and together to another), which linear weights cannot. The two are mixed in
// `intent-model.ts`.
// Node's zlib, not fflate: it inflates the model about three times faster, and the model loads at every start.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readSlotGaps, writeSlotGaps } from './slot-gaps';

/**
 * A trained network as stored. The input rows (one per slot seen in training) are quantised to `WEIGHT_BITS`, then
 * deflated and base64-encoded with their slot numbers: they are most of the model's size.
 */
export interface PackedNetwork {
  /** The number of hidden units. */
  hidden: number;
  /** The share of an input kept in training (dropout); the input sum is scaled by it (see `inputScale`). */
  keep: number;
  /**
   * Base64 of deflated bytes: the sorted slots (Uint32, little-endian), then their rows (Int8, `hidden` each).
   * With `slotDeltas` each slot is stored as its difference from the one before (files written before it store
   * the slots themselves, which deflate 20 times worse).
   */
  packed: string;
  slotDeltas?: true;
  /** A stored Int8 input weight times this is the real weight. */
  quantum: number;
  hiddenBias: number[];
  /** Hidden unit h's weight for intent c at [h * intents + c]. */
  output: number[];
  outputBias: number[];
}

/** A network ready to score. */
export interface Network {
  hidden: number;
  keep: number;
  /** Each slot's input row (−1 or past the end: none), indexed by slot, so a lookup costs no hashing. */
  rowOf: Int32Array;
  /** The input rows, `hidden` weights each; a weight times `quantum` is the real one (1 for trained floats). */
  input: Float32Array | Int8Array;
  quantum: number;
  hiddenBias: Float32Array;
  output: Float32Array;
  outputBias: Float32Array;
}

/**
 * Bits kept of each input weight: six (−31…31 quanta) store a network in two thirds of eight's size with the same
 * answers. 5-fold CV of the whole parser over 8,060 requests, three networks: 7,820 and 7,826 right at six bits
 * against 7,820 and 7,824 at eight (fold seeds 13 and 7); of the classifier alone with five: 7,396 and 7,397 of
 * 7,660 against 7,396 and 7,399.
 */
export const WEIGHT_BITS = 6;

/** Digits kept of the small dense weights (hidden and output): far below what changes a decision. */
const DENSE_DIGITS = 1e5;
const round = (x: number): number => Math.round(x * DENSE_DIGITS) / DENSE_DIGITS;

/** The factor the input sum is scaled by: the same expected size in training (after dropout) and in use. */
export function inputScale(inputs: number, keep: number): number {
  return inputs ? Math.sqrt(keep / inputs) : 0;
}

/** Log-probabilities of each intent for a message's slots (slots the network never saw add nothing). */
export function networkLogProbs(net: Network, slots: readonly number[]): number[] {
  const rows = slots.map((s) => net.rowOf[s] ?? -1).filter((r) => r >= 0);
  const scale = inputScale(rows.length, net.keep) * net.quantum;
  const H = net.hidden;
  const z = Float32Array.from(net.hiddenBias);
  for (const r of rows)
    for (let j = 0; j < H; j++) z[j] = (z[j] as number) + (net.input[r * H + j] as number) * scale;
  return logSoftmax(outputScores(net, z));
}

/** The slots that have an input row, in ascending order. */
export function networkSlots(net: Network): number[] {
  const slots: number[] = [];
  net.rowOf.forEach((r, slot) => {
    if (r >= 0) slots.push(slot);
  });
  return slots;
}

/** A slot's real input weights, or `undefined` when the network has no row for it. */
export function inputRow(net: Network, slot: number): number[] | undefined {
  const r = net.rowOf[slot] ?? -1;
  if (r < 0) return undefined;
  return Array.from(net.input.subarray(r * net.hidden, (r + 1) * net.hidden), (w) => w * net.quantum);
}

/** The slot → row table of rows stored in the given order of slots (plain loops: unpacking runs at every start). */
export function rowTable(slots: ArrayLike<number>): Int32Array {
  let largest = -1;
  for (let i = 0; i < slots.length; i++) largest = Math.max(largest, slots[i] as number);
  const rowOf = new Int32Array(largest + 1).fill(-1);
  for (let i = 0; i < slots.length; i++) rowOf[slots[i] as number] = i;
  return rowOf;
}

/** The output layer on the hidden units' pre-activations `z` (ReLU applied here). */
export function outputScores(
  net: Pick<Network, 'hidden' | 'output' | 'outputBias'>,
  z: Float32Array,
): number[] {
  const k = net.outputBias.length;
  const scores = Array.from(net.outputBias);
  for (let j = 0; j < net.hidden; j++) {
    const h = z[j] as number;
    if (h > 0)
      for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (net.output[j * k + c] as number) * h;
  }
  return scores;
}

/** Scores minus their log-sum-exp: log-probabilities. */
export function logSoftmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const sum = scores.reduce((a, s) => a + Math.exp(s - max), 0);
  return scores.map((s) => s - max - Math.log(sum));
}

/** Packs a network for the model file: input rows quantised to `WEIGHT_BITS`, slots as deltas, deflated, base64. */
export function packNetwork(net: Network): PackedNetwork {
  const slots = networkSlots(net);
  let largest = 0;
  for (const w of net.input) largest = Math.max(largest, Math.abs(w * net.quantum));
  const quantum = largest / (2 ** (WEIGHT_BITS - 1) - 1) || 1;
  const H = net.hidden;
  const bytes = new Uint8Array(slots.length * (4 + H));
  const view = new DataView(bytes.buffer);
  writeSlotGaps(view, 0, slots);
  const weights = new Int8Array(bytes.buffer, slots.length * 4);
  slots.forEach((slot, i) => {
    const r = net.rowOf[slot] as number;
    for (let j = 0; j < H; j++)
      weights[i * H + j] = Math.round(((net.input[r * H + j] as number) * net.quantum) / quantum);
  });
  return {
    hidden: net.hidden,
    keep: net.keep,
    packed: Buffer.from(deflateRawSync(bytes, { level: 9 })).toString('base64'),
    slotDeltas: true,
    quantum,
    hiddenBias: Array.from(net.hiddenBias, round),
    output: Array.from(net.output, round),
    outputBias: Array.from(net.outputBias, round),
  };
}

/** Unpacks a stored network; throws with what to do when the file is damaged. */
export function unpackNetwork(p: PackedNetwork): Network {
  const bytes = inflateRawSync(Buffer.from(p.packed, 'base64'));
  const count = bytes.length / (4 + p.hidden);
  if (!Number.isInteger(count) || p.output.length !== p.hidden * p.outputBias.length)
    throw new Error("The intent model's network is damaged (run `npm run train:intents` to write it again).");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const slots = readSlotGaps(view, 0, count, p.slotDeltas === true);
  return {
    hidden: p.hidden,
    keep: p.keep,
    rowOf: rowTable(slots),
    input: new Int8Array(bytes.buffer, bytes.byteOffset + count * 4, count * p.hidden),
    quantum: p.quantum,
    hiddenBias: Float32Array.from(p.hiddenBias),
    output: Float32Array.from(p.output),
    outputBias: Float32Array.from(p.outputBias),
  };
}
