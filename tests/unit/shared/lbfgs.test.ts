// Tests of the L-BFGS minimiser: exact minima of known functions, the iteration bound, the start left alone.
import { describe, expect, it } from 'vitest';
import { minimiseLbfgs, type Objective } from '../../../src-main/shared/lbfgs';

/** A badly scaled quadratic, sum of c_j (w_j − m_j)², whose minimum is m. */
const quadratic =
  (c: number[], m: number[]): Objective =>
  (w, grad) => {
    let v = 0;
    c.forEach((cj, j) => {
      const d = (w[j] as number) - (m[j] as number);
      v += cj * d * d;
      grad[j] = 2 * cj * d;
    });
    return v;
  };

/** Rosenbrock's valley, minimum 0 at (1, 1): a hard case for gradient descent. */
const rosenbrock: Objective = (w, grad) => {
  const [x = 0, y = 0] = w;
  grad[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  grad[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe('minimiseLbfgs', () => {
  it('finds the minimum of a badly scaled quadratic in few iterations', () => {
    const r = minimiseLbfgs(quadratic([1, 100, 0.01], [3, -2, 50]), new Float64Array(3));
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThan(30);
    expect(Array.from(r.w).map((x) => Math.round(x * 1e4) / 1e4)).toEqual([3, -2, 50]);
  });

  it('follows Rosenbrock’s valley to (1, 1)', () => {
    const r = minimiseLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), {
      tolerance: 1e-8,
      maxIterations: 500,
      memory: 5,
    });
    expect(r.converged).toBe(true);
    expect(r.w[0]).toBeCloseTo(1, 5);
    expect(r.w[1]).toBeCloseTo(1, 5);
    expect(r.value).toBeLessThan(1e-10);
  });

  it('stops at the iteration bound and says it did not converge; the start is not modified', () => {
    const start = Float64Array.from([-1.2, 1]);
    const r = minimiseLbfgs(rosenbrock, start, { tolerance: 1e-12, maxIterations: 3, memory: 5 });
    expect(r.iterations).toBe(3);
    expect(r.converged).toBe(false);
    expect(Array.from(start)).toEqual([-1.2, 1]);
  });

  it('does nothing at a minimum', () => {
    const r = minimiseLbfgs(quadratic([1, 1], [0, 0]), new Float64Array(2));
    expect(r).toMatchObject({ iterations: 0, value: 0, converged: true });
  });
});
