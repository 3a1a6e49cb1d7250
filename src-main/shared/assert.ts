// Exhaustiveness and invariant helpers: `assertNever` ends switches over unions, `strictAssert` guards invariants.

/** Ends an exhaustive `switch`: the compiler proves this is unreachable. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** Throws when an internal invariant does not hold (a bug, not a user error). */
export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
