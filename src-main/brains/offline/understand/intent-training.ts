// Training of the intent classifier: multinomial logistic regression (full-batch Adam, L2), calibrated by temperature.
import type { Intent } from '../../../../src-preload/contract/intent';
import { featureSlots, hashFeature, softmax, type IntentModel } from './intent-model';

/** One training example: its feature keys and its label. */
export interface TrainingExample {
  keys: readonly string[];
  intent: Intent;
}

/** Hyper-parameters; the defaults were chosen by k-fold cross-validation over the regression sets. */
export interface TrainingOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /**
   * Class balancing: each example weighs (mean class size / its class size) ^ balance, so rare intents
   * (undo, analyze) are not outvoted by frequent ones; 0 weighs every example alike.
   */
  balance: number;
  /**
   * The starting weight a pattern row's feature gives its own intent, and the value L2 pulls it back to: a
   * row that few requests hit still counts, and the data can overrule it (0.75 by cross-validation).
   */
  prior: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  buckets: 1 << 15,
  epochs: 160,
  learningRate: 0.08,
  l2: 0.005,
  balance: 1,
  prior: 0.75,
};

/** Stored weights are integers of 1/1000: three decimals are far below what changes a decision. */
const WEIGHT_SCALE = 1000;

interface Dense {
  /** Compact index of every slot seen in training. */
  index: Map<number, number>;
  /** w[i * K + k] */
  w: Float64Array;
  /** The value each weight is pulled back to (the pattern rows' priors; 0 elsewhere). */
  w0: Float64Array;
  k: number;
}

function compactIndex(rows: readonly number[][]): Map<number, number> {
  const index = new Map<number, number>();
  for (const r of rows) for (const s of r) if (!index.has(s)) index.set(s, index.size);
  return index;
}

/** The raw scores of one row of compact slot indices. */
function scoresOf(d: Dense, row: Int32Array): number[] {
  const out = new Array<number>(d.k).fill(0);
  for (const i of row) {
    const base = i * d.k;
    for (let k = 0; k < d.k; k++) out[k] = (out[k] as number) + (d.w[base + k] as number);
  }
  return out;
}

/** Each example's weight for class balancing, normalised to sum to 1. */
export function exampleWeights(ys: readonly number[], balance: number): number[] {
  const counts = new Map<number, number>();
  for (const y of ys) counts.set(y, (counts.get(y) ?? 0) + 1);
  const mean = ys.length / Math.max(1, counts.size);
  const raw = ys.map((y) => (mean / (counts.get(y) ?? 1)) ** balance);
  const total = raw.reduce((a, b) => a + b, 0) || 1;
  return raw.map((x) => x / total);
}

/** One epoch's gradient of the weighted mean cross-entropy plus L2, over compact slot indices. */
function gradient(
  d: Dense,
  rows: readonly Int32Array[],
  ys: readonly number[],
  weights: readonly number[],
  l2: number,
): Float64Array {
  const g = new Float64Array(d.w.length);
  rows.forEach((row, r) => {
    const p = softmax(scoresOf(d, row));
    const wr = weights[r] ?? 0;
    for (const i of row) {
      const base = i * d.k;
      for (let k = 0; k < d.k; k++)
        g[base + k] = (g[base + k] as number) + ((p[k] as number) - (k === ys[r] ? 1 : 0)) * wr;
    }
  });
  for (let j = 0; j < g.length; j++)
    g[j] = (g[j] as number) + l2 * ((d.w[j] as number) - (d.w0[j] as number));
  return g;
}

function adam(d: Dense, rows: readonly Int32Array[], ys: readonly number[], o: TrainingOptions): void {
  const m = new Float64Array(d.w.length);
  const v = new Float64Array(d.w.length);
  const weights = exampleWeights(ys, o.balance);
  for (let t = 1; t <= o.epochs; t++) {
    const g = gradient(d, rows, ys, weights, o.l2);
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let j = 0; j < g.length; j++) {
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * (g[j] ?? 0);
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * (g[j] ?? 0) ** 2;
      d.w[j] = (d.w[j] ?? 0) - (o.learningRate * ((m[j] ?? 0) / c1)) / (Math.sqrt((v[j] ?? 0) / c2) + 1e-8);
    }
  }
}

/**
 * The pattern rows' priors over the compact index: each row's slot starts at `o.prior` for the intent it speaks
 * for. A row no training request hits gets a slot too, so a new pattern counts from the start.
 */
function priorWeights(
  index: Map<number, number>,
  intents: readonly Intent[],
  priors: ReadonlyMap<string, Intent>,
  o: TrainingOptions,
): Float64Array {
  const cells: [number, number][] = [];
  if (o.prior)
    for (const [key, intent] of priors) {
      const slot = hashFeature(key, o.buckets);
      if (!index.has(slot)) index.set(slot, index.size);
      cells.push([index.get(slot) as number, intents.indexOf(intent)]);
    }
  const w0 = new Float64Array(index.size * intents.length);
  for (const [i, k] of cells) if (k >= 0) w0[i * intents.length + k] = o.prior;
  return w0;
}

/**
 * Trains raw weights (temperature 1) on the examples; `priors` maps a pattern row's feature key to the intent it
 * speaks for (see `TrainingOptions.prior`).
 */
export function fitWeights(
  examples: readonly TrainingExample[],
  intents: readonly Intent[],
  o: TrainingOptions = DEFAULT_TRAINING,
  priors: ReadonlyMap<string, Intent> = new Map(),
): Pick<IntentModel, 'buckets' | 'intents' | 'weights' | 'scale'> {
  const rows = examples.map((e) => featureSlots(e.keys, o.buckets));
  const ys = examples.map((e) => intents.indexOf(e.intent));
  const index = compactIndex(rows);
  const w0 = priorWeights(index, intents, priors, o);
  const d: Dense = { index, w: Float64Array.from(w0), w0, k: intents.length };
  // Each row's slots as compact indices once, so the epochs do no map lookups (the build trains six models).
  const compact = rows.map((r) => Int32Array.from(r, (s) => index.get(s) as number));
  adam(d, compact, ys, o);
  const weights: Record<string, number[]> = {};
  for (const [slot, i] of index) {
    const row = Array.from(d.w.subarray(i * d.k, (i + 1) * d.k), (x) => Math.round(x * WEIGHT_SCALE));
    // A slot whose weights all round to 0 changes no score: leave it out of the file.
    if (row.some((x) => x !== 0)) weights[slot] = row;
  }
  return { buckets: o.buckets, intents: [...intents], weights, scale: WEIGHT_SCALE };
}

/** Deterministic fold of each example (a seeded shuffle, then round robin), so runs are repeatable. */
export function foldsOf(n: number, k: number, seed = 13): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Array<number>(n).fill(0);
  order.forEach((ex, pos) => (fold[ex] = pos % k));
  return fold;
}

/** The temperature that minimises the negative log-likelihood of out-of-fold raw scores. */
export function fitTemperature(outOfFold: readonly { scores: number[]; y: number }[]): number {
  let best = { t: 1, nll: Infinity };
  for (let t = 0.25; t <= 4.001; t += 0.05) {
    const nll = outOfFold.reduce((s, r) => s - Math.log(softmax(r.scores, t)[r.y] ?? 1e-12), 0);
    if (nll < best.nll) best = { t: Math.round(t * 100) / 100, nll };
  }
  return best.t;
}
