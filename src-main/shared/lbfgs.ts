// Limited-memory BFGS: minimises a smooth function to a small gradient, for training the intent classifier.
//
// Written by hand: the npm packages that offer it are unmaintained or pull in a whole numeric stack, and the
// algorithm is a page (Nocedal & Wright, "Numerical Optimization", algorithms 7.4 and 3.1).

/** The function to minimise: returns its value at `w` and writes its gradient into `grad`. */
export type Objective = (w: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Stop when the gradient's largest component falls below this. */
  tolerance: number;
  /** Stop after this many iterations even if the gradient is not yet small. */
  maxIterations: number;
  /** How many recent steps approximate the curvature. */
  memory: number;
}

export const DEFAULT_LBFGS: LbfgsOptions = { tolerance: 1e-5, maxIterations: 200, memory: 10 };

export interface LbfgsResult {
  w: Float64Array;
  value: number;
  iterations: number;
  /** The gradient's largest component at `w`. */
  gradient: number;
  converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] as number) * (b[j] as number);
  return s;
};

const maxAbs = (a: Float64Array): number => {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
};

/** The recent steps `s` and gradient changes `y` that approximate the inverse Hessian. */
interface Curvature {
  s: Float64Array[];
  y: Float64Array[];
  rho: number[];
}

/** The two-loop recursion: the quasi-Newton step H·g (the search direction is its negative). */
function inverseHessianTimes(c: Curvature, g: Float64Array): Float64Array {
  const q = Float64Array.from(g);
  const alpha: number[] = [];
  for (let i = c.s.length - 1; i >= 0; i--) {
    const a = (c.rho[i] as number) * dot(c.s[i] as Float64Array, q);
    alpha[i] = a;
    const y = c.y[i] as Float64Array;
    for (let j = 0; j < q.length; j++) q[j] = (q[j] as number) - a * (y[j] as number);
  }
  const last = c.s.length - 1;
  // Without history, a first step of unit length along the gradient.
  const gamma =
    last >= 0
      ? dot(c.s[last] as Float64Array, c.y[last] as Float64Array) /
        dot(c.y[last] as Float64Array, c.y[last] as Float64Array)
      : 1 / Math.max(1e-12, Math.sqrt(dot(g, g)));
  for (let j = 0; j < q.length; j++) q[j] = (q[j] as number) * gamma;
  for (let i = 0; i < c.s.length; i++) {
    const b = (c.rho[i] as number) * dot(c.y[i] as Float64Array, q);
    const s = c.s[i] as Float64Array;
    for (let j = 0; j < q.length; j++)
      q[j] = (q[j] as number) + (s[j] as number) * ((alpha[i] as number) - b);
  }
  return q;
}

/** Backtracking line search (Armijo): the first halving of the full step that lowers the value enough. */
function lineSearch(
  f: Objective,
  w: Float64Array,
  value: number,
  g: Float64Array,
  step: Float64Array,
): { w: Float64Array; g: Float64Array; value: number } | undefined {
  const slope = -dot(g, step);
  const next = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  for (let t = 1; t > 1e-10; t /= 2) {
    for (let j = 0; j < w.length; j++) next[j] = (w[j] as number) - t * (step[j] as number);
    const v = f(next, grad);
    if (v <= value + 1e-4 * t * slope) return { w: next, g: grad, value: v };
  }
  // No lower point along the direction: at the precision of floating point, this is the minimum.
  return undefined;
}

/** Keeps the last step and its change of gradient, dropping the oldest beyond `memory`. */
function remember(
  c: Curvature,
  before: Float64Array,
  gBefore: Float64Array,
  after: Float64Array,
  gAfter: Float64Array,
  memory: number,
): void {
  const s = new Float64Array(before.length);
  const y = new Float64Array(before.length);
  for (let j = 0; j < s.length; j++) {
    s[j] = (after[j] as number) - (before[j] as number);
    y[j] = (gAfter[j] as number) - (gBefore[j] as number);
  }
  const sy = dot(s, y);
  // A step without positive curvature would break the approximation; skip it.
  if (sy <= 1e-12) return;
  c.s.push(s);
  c.y.push(y);
  c.rho.push(1 / sy);
  if (c.s.length > memory) {
    c.s.shift();
    c.y.shift();
    c.rho.shift();
  }
}

/** Minimises `f` from `start` (not modified) until the gradient is small or the iterations run out. */
export function minimiseLbfgs(
  f: Objective,
  start: Float64Array,
  o: LbfgsOptions = DEFAULT_LBFGS,
): LbfgsResult {
  let w: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(w.length);
  let value = f(w, g);
  const c: Curvature = { s: [], y: [], rho: [] };
  let iterations = 0;
  while (iterations < o.maxIterations && maxAbs(g) >= o.tolerance) {
    const moved = lineSearch(f, w, value, g, inverseHessianTimes(c, g));
    if (!moved) break;
    iterations++;
    remember(c, w, g, moved.w, moved.g, o.memory);
    ({ w, g, value } = moved);
  }
  const gradient = maxAbs(g);
  return { w, value, iterations, gradient, converged: gradient < o.tolerance };
}
