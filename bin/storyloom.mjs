#!/usr/bin/env node
// The `storyloom` command: runs the built CLI (out/cli), or the TypeScript sources through tsx in a dev checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtCliIsFresh } from './built-cli-fresh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'cli', 'main.mjs');

/** tsx, when this is a dev checkout with dev dependencies installed. */
async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

// A build older than the sources (a dev checkout edited since `npm run build`) must not run stale code.
const tsx = builtCliIsFresh(root) ? null : await loadTsx();
if (tsx) {
  tsx.register();
  await import(pathToFileURL(join(root, 'src-main', 'cli', 'main.ts')).href);
} else if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  console.error(
    'storyloom: the CLI is not built. Run `npm run build` (or `npm install` with dev dependencies).',
  );
  process.exitCode = 1;
}
