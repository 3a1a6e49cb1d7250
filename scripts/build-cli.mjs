// Builds the `storyloom` CLI into out/cli (one ESM bundle plus lazy chunks) so it runs under plain Node without tsx.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from '../bin/built-cli-fresh.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'out/cli');

/**
 * The engine tables (resources/**\/*.json) become `JSON.parse('…')` instead of object literals: V8 parses JSON
 * several times faster than the same data as JavaScript, and these tables load with every command that thinks.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]resources[\\/].*\.json$/ }, ({ path }) => {
      const text = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** The files of this checkout the bundle was built from (npm packages excluded), relative to the root. */
export function sourceInputs(metafile) {
  return Object.keys(metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .map((input) => relative(root, resolve(root, input)).split('\\').join('/'))
    .sort();
}

/** Bundles src-main/cli/main.ts; npm packages stay external (they ship in node_modules) and commands stay lazy. */
export async function buildCli() {
  const builtAt = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src-main/cli/main.ts' },
    outdir,
    bundle: true,
    // Code splitting keeps each command's `await import()` lazy: `parse` never loads the pipeline or LangChain.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm packages are bundled too: resolving and compiling LangChain's hundreds of small ESM files costs ~0.4 s
    // per command. compromise stays outside (loaded lazily through require); electron is never part of the core.
    external: ['electron', 'compromise'],
    // Bundled CommonJS packages (ws) call require() for Node built-ins; give the ESM bundle a real one.
    banner: {
      js: "import { createRequire as __slCreateRequire } from 'node:module'; const require = __slCreateRequire(import.meta.url);",
    },
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // No source maps: Node ignores them without --enable-source-maps, and they would triple the package.
    sourcemap: false,
    minifyWhitespace: true,
    plugins: [jsonAsParse],
    metafile: true,
    logLevel: 'warning',
  });
  // Written last, with the time the build started: an input saved during the build leaves it stale.
  const stamp = { builtAt, inputs: sourceInputs(result.metafile) };
  writeFileSync(resolve(root, BUILD_STAMP), `${JSON.stringify(stamp, null, 1)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
