// Decides whether the built CLI (out/cli) is current, cheaply: it stats only the files the build was made from.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The stamp scripts/build-cli.mjs writes last: `{ builtAt, inputs }` (inputs relative to the root). */
export const BUILD_STAMP = join('out', 'cli', 'build-inputs.json');

/**
 * True when out/cli may run: in an installed package (no src-main beside it) whenever it exists; in a checkout
 * only when no input of the last build was changed or removed since. Walking the source folders cost ~40–80 ms
 * of every command; stating the recorded inputs costs a few. A new source file only matters once an input
 * imports it, and that edit already makes the build stale.
 */
export function builtCliIsFresh(root) {
  if (!existsSync(join(root, 'out', 'cli', 'main.mjs'))) return false;
  if (!existsSync(join(root, 'src-main'))) return true;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, BUILD_STAMP), 'utf8'));
  } catch {
    return false;
  }
  if (typeof stamp?.builtAt !== 'number' || !Array.isArray(stamp.inputs)) return false;
  return stamp.inputs.every((input) => {
    const stat = statSync(join(root, input), { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs <= stamp.builtAt;
  });
}
