// Whether `storyloom bench` measures the built CLI or, in a checkout edited since the last build, the sources run by tsx.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resourcesDir } from '../shared/resources';

/** The checkout's root, where `bin/storyloom.mjs` lives. */
export const checkoutRoot = (): string => resolve(resourcesDir(), '..');

/**
 * A warning when `bin/storyloom.mjs` would not run the built CLI: in a checkout edited since the last build it
 * compiles the sources with tsx, which is slower than what a user starts (a cold start, a chat turn). The check is
 * the launcher's own, imported by path because bin/ is outside the bundle.
 */
export async function staleBuildWarning(): Promise<string | null> {
  const root = checkoutRoot();
  const freshness = pathToFileURL(join(root, 'bin', 'built-cli-fresh.mjs')).href;
  const { builtCliIsFresh } = (await import(freshness)) as { builtCliIsFresh: (root: string) => boolean };
  if (builtCliIsFresh(root)) return null;
  return 'warning: the built CLI (out/cli) is missing or older than the sources, so the benchmarks run the TypeScript sources through tsx and do not measure what a user starts; run `npm run build` first.';
}
