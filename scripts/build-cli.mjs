// Builds the `storyloom` CLI into out/cli (one ESM bundle plus lazy chunks) so it runs under plain Node without tsx.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'out/cli');

/** Bundles src-main/cli/main.ts; npm packages stay external (they ship in node_modules) and commands stay lazy. */
export async function buildCli() {
  rmSync(outdir, { recursive: true, force: true });
  await build({
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
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
