// The intent classifier's linear half: multinomial logistic regression (L2, by L-BFGS), calibrated by temperature.
import type { Intent } from '../../../../src-preload/contract/intent';
import { DEFAULT_LBFGS, minimiseLbfgs, type Objective } from '../../../shared/lbfgs';
import { featureSlots, hashFeature, lengthScale, softmax, type IntentModel } from './intent-model';
import { DEFAULT_NETWORK, type NetworkOptions } from './intent-network-training';

/** One training example: its feature keys and its label. */
export interface TrainingExample {
  keys: readonly string[];
  intent: Intent;
}

/** Hyper-parameters; the defaults were chosen by k-fold cross-validation over the regression sets. */
export interface TrainingOptions {
  buckets: number;
  /**
   * Training runs until the objective's gradient is below this in every weight: the weights are then the
   * objective's unique minimum (to far below the stored precision), so a small change in the data moves them
   * a little and not at random, as stopping after a fixed number of steps did.
   */
  tolerance: number;
  /** A bound on the optimiser's iterations (about 40 reach the tolerance on the shipped sets). */
  maxIterations: number;
  /**
   * The pull of every weight towards its prior. Chosen by leave-one-writer-out, each writer's requests scored by
   * the classifier alone. Over 13 writers (2,964 requests): 0.01 → 0.942, 0.005 → 0.948, 0.0025 → 0.950,
   * 0.00125 → 0.951, within the noise then. Over 37 writers (7,094 requests): 0.005 → 0.950, 0.002 → 0.954,
   * 0.001 → 0.956, 0.0005 → 0.956; 5-fold agrees (0.950, 0.956, 0.956). 0.001: as good, with a smaller model.
   */
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
  /**
   * The linear scores of a message of n feature slots are scaled by √(lengthNorm / n), so a long message's many
   * features do not outweigh a short one's few (see `IntentModel.lengthNorm`); `undefined` leaves them unscaled.
   * 5-fold CV, linear model alone: unscaled 7,057 of 7,310, 16 → 7,009, 64 → 7,062, 128 → 7,066, 256 → 7,066.
   */
  lengthNorm: number | undefined;
  /** The network trained beside the linear model; `undefined` trains the linear model alone. */
  network: NetworkOptions | undefined;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  buckets: 1 << 15,
  tolerance: 1e-6,
  maxIterations: 300,
  l2: 0.001,
  balance: 1,
  prior: 0.75,
  lengthNorm: 128,
  network: DEFAULT_NETWORK,
};

/** Stored weights are integers of 1/1000: three decimals are far below what changes a decision. */
const WEIGHT_SCALE = 1000;

/** The training problem over compact slot indices; weight w[i * k + c] is slot i's weight for intent c. */
interface Problem {
  /** Each example's slots as compact indices. */
  rows: readonly Int32Array[];
  /** Each example's intent index. */
  ys: readonly number[];
  /** Each example's weight (class balancing). */
  weights: readonly number[];
  /** The value each weight is pulled back to (the pattern rows' priors; 0 elsewhere). */
  w0: Float64Array;
  /** The number of intents. */
  k: number;
  l2: number;
  /** See `TrainingOptions.lengthNorm`. */
  lengthNorm: number | undefined;
}

function compactIndex(rows: readonly number[][]): Map<number, number> {
  const index = new Map<number, number>();
  for (const r of rows) for (const s of r) if (!index.has(s)) index.set(s, index.size);
  return index;
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

/**
 * The training objective: the weighted mean cross-entropy plus L2 towards the priors. Returns its value at `w`
 * and writes its gradient into `grad`.
 */
function objective({ rows, ys, weights, w0, k, l2, lengthNorm }: Problem): Objective {
  const p = new Float64Array(k);
  return (w, grad) => {
    grad.fill(0);
    let value = 0;
    rows.forEach((row, r) => {
      p.fill(0);
      const scale = lengthScale(lengthNorm, row.length);
      for (const i of row)
        for (let c = 0; c < k; c++) p[c] = (p[c] as number) + (w[i * k + c] as number) * scale;
      const max = Math.max(...p);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += p[c] = Math.exp((p[c] as number) - max);
      const y = ys[r] as number;
      const wr = weights[r] ?? 0;
      value -= wr * Math.log((p[y] as number) / sum);
      // The cross-entropy's gradient with respect to the scores (probability minus the one-hot label), times
      // the scale each weight entered the scores with.
      for (let c = 0; c < k; c++) p[c] = ((p[c] as number) / sum - (c === y ? 1 : 0)) * wr * scale;
      for (const i of row)
        for (let c = 0; c < k; c++) grad[i * k + c] = (grad[i * k + c] as number) + (p[c] as number);
    });
    for (let j = 0; j < w.length; j++) {
      const off = (w[j] as number) - (w0[j] as number);
      value += 0.5 * l2 * off * off;
      grad[j] = (grad[j] as number) + l2 * off;
    }
    return value;
  };
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
): Pick<IntentModel, 'buckets' | 'intents' | 'weights' | 'scale' | 'lengthNorm'> {
  const rows = examples.map((e) => featureSlots(e.keys, o.buckets));
  const ys = examples.map((e) => intents.indexOf(e.intent));
  const index = compactIndex(rows);
  const w0 = priorWeights(index, intents, priors, o);
  const k = intents.length;
  // Each row's slots as compact indices once, so the objective does no map lookups (the build trains six models).
  const compact = rows.map((r) => Int32Array.from(r, (s) => index.get(s) as number));
  const problem = {
    rows: compact,
    ys,
    weights: exampleWeights(ys, o.balance),
    w0,
    k,
    l2: o.l2,
    lengthNorm: o.lengthNorm,
  };
  const fit = minimiseLbfgs(objective(problem), w0, {
    ...DEFAULT_LBFGS,
    tolerance: o.tolerance,
    maxIterations: o.maxIterations,
  });
  // Weights short of the minimum would move at random with the data (see `tolerance`): refuse them.
  if (!fit.converged) throw new Error(notConverged(fit, o));
  const weights: Record<string, number[]> = {};
  for (const [slot, i] of index) {
    const row = Array.from(fit.w.subarray(i * k, (i + 1) * k), (x) => Math.round(x * WEIGHT_SCALE));
    // A slot whose weights all round to 0 changes no score: leave it out of the file.
    if (row.some((x) => x !== 0)) weights[slot] = row;
  }
  const model = { buckets: o.buckets, intents: [...intents], weights, scale: WEIGHT_SCALE };
  return o.lengthNorm === undefined ? model : { ...model, lengthNorm: o.lengthNorm };
}

/** What to do when the minimiser stops before the tolerance. */
function notConverged(fit: { iterations: number; gradient: number }, o: TrainingOptions): string {
  return (
    `Intent training stopped after ${fit.iterations} iterations with a gradient of ${fit.gradient.toExponential(2)}, ` +
    `above the tolerance ${o.tolerance}. Raise maxIterations in DEFAULT_TRAINING, or look for a feature that ` +
    'makes the objective badly scaled (a key repeated many times in one request).'
  );
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
