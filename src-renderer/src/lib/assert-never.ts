// Exhaustiveness helper for the renderer (it may not import src-main): ends every switch over a union.

/** Ends an exhaustive `switch`: the compiler proves this line is unreachable. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
