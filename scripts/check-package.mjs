// CI check that the app can ship: in a temporary copy of the checkout, `npm run build && npm prune --omit=dev`
// must leave a working `storyloom new --idea …`, and electron-builder (Linux, --dir, a stand-in Electron) must pack
// an asar holding out/ and package.json but no sources or tests, with resources/ beside it.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folders of the checkout that the copy does not take (build output, test output, VCS). */
const SKIP = new Set([
  '.git',
  'node_modules',
  'out',
  'dist',
  'test-results',
  'playwright-report',
  '.tmp',
  '.vite',
]);
const STEP_TIMEOUT_MS = 180_000;
/**
 * `--reuse-build`: npm test has just run `npm run build` in this checkout, so the copy takes that out/ instead of
 * building it a second time (the same command on the same sources; ~15 s of CPU on a 2-core CI machine).
 */
const REUSE_BUILD = process.argv.includes('--reuse-build');
const IDEA = 'a lonely robot who learns to paint';

function fail(message) {
  console.error(`check-package: ${message}`);
  process.exit(1);
}

/** Runs a command in `cwd` with a time bound; returns stdout, or fails the check with its output. */
function run(label, command, args, cwd, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
    maxBuffer: 64 << 20,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    fail(
      `${label} failed (${result.error?.message ?? `exit ${result.status}`}, ${seconds} s):\n${result.stdout}\n${result.stderr}`,
    );
  }
  console.log(`check-package: ${label} ok (${seconds} s)`);
  return result.stdout;
}

/** A copy of the checkout with its own node_modules (copied, never linked: prune must not touch the original). */
function copyCheckout(into) {
  const started = Date.now();
  const skip = REUSE_BUILD ? new Set([...SKIP].filter((name) => name !== 'out')) : SKIP;
  cpSync(root, into, {
    recursive: true,
    verbatimSymlinks: true,
    // Kept times let bin/storyloom.mjs see a reused out/cli as built from these very sources.
    preserveTimestamps: true,
    filter: (src) => src === root || !skip.has(src.slice(root.length + 1).split(/[\\/]/)[0]),
  });
  // node_modules may be a link to a shared folder: copy what it points to, keeping its own links (.bin) relative.
  // `cp -a` is several times faster than cpSync on 400 MB of small files; cpSync is the portable fallback.
  const modules = realpathSync(join(root, 'node_modules'));
  const cp = spawnSync('cp', ['-a', '--reflink=auto', modules, join(into, 'node_modules')], {
    stdio: 'ignore',
  });
  if (cp.status !== 0) {
    rmSync(join(into, 'node_modules'), { recursive: true, force: true });
    cpSync(modules, join(into, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  rmSync(join(into, 'node_modules', '.cache'), { recursive: true, force: true });
  console.log(`check-package: copied the checkout (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** `npm run build && npm prune --omit=dev`, then the CLI must generate a project without tsx or Vite. */
function checkPrunedCli(copy) {
  if (!REUSE_BUILD) run('npm run build', 'npm', ['run', 'build'], copy);
  else if (
    !existsSync(join(copy, 'out', 'cli', 'main.mjs')) ||
    !existsSync(join(copy, 'out', 'main', 'index.js'))
  )
    fail('--reuse-build, but this checkout has no build: run `npm run build` first.');
  run('npm prune --omit=dev', 'npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund'], copy);
  for (const gone of ['tsx', 'vite', 'electron', 'electron-vite', 'vitest']) {
    if (existsSync(join(copy, 'node_modules', gone))) fail(`node_modules/${gone} survived the prune.`);
  }
  const projects = join(copy, '.check-projects');
  const out = run(
    'storyloom new --idea (pruned)',
    process.execPath,
    ['bin/storyloom.mjs', 'new', '--idea', IDEA, '--kind', 'short-film', '--dir', projects, '--json'],
    copy,
    { STORYLOOM_APP_DIR: join(copy, '.check-app') },
  );
  const made = JSON.parse(out.trim().split('\n').at(-1));
  const file = JSON.parse(readFileSync(join(made.path, 'project.json'), 'utf8'));
  if (!made.projectId || !(file.entities?.scenes?.length > 0)) fail(`new --idea made no scenes: ${out}`);
  rmSync(projects, { recursive: true, force: true });
  rmSync(join(copy, '.check-app'), { recursive: true, force: true });
}

/** A folder standing in for Electron's release zip: electron-builder only copies it and renames the binary. */
function standInElectron(into) {
  mkdirSync(into, { recursive: true });
  writeFileSync(join(into, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n', {
    mode: 0o755,
  });
  writeFileSync(join(into, 'version'), '0.0.0');
  return into;
}

/** electron-builder --linux --dir on the pruned copy, then the layout of the unpacked app. */
function checkPackaging(copy, work) {
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const builder = join(root, 'node_modules/electron-builder/cli.js');
  run(
    'electron-builder --linux --dir',
    process.execPath,
    [
      builder,
      '--linux',
      '--dir',
      '--projectDir',
      copy,
      `-c.electronDist=${standInElectron(join(work, 'electron-dist'))}`,
      `-c.electronVersion=${electronVersion}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    copy,
  );
  const resources = join(work, 'dist', 'linux-unpacked', 'resources');
  const asarPath = join(resources, 'app.asar');
  if (!existsSync(asarPath)) fail(`no app.asar at ${asarPath}`);
  // electron-builder's own asar reader (a dependency of electron-builder, so present wherever it is).
  const asar = createRequire(join(root, 'node_modules/electron-builder/package.json'))('@electron/asar');
  const files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  for (const needed of [
    '/package.json',
    '/out/main/index.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]) {
    if (!files.includes(needed)) fail(`the asar lacks ${needed}`);
  }
  const forbidden = files.filter(
    (f) =>
      /^\/(src-main|src-preload|src-renderer|tests|scripts|bin|resources|out\/cli)(\/|$)/.test(f) ||
      (/\.(ts|tsx|map)$/.test(f) && !f.startsWith('/node_modules/')),
  );
  if (forbidden.length) fail(`the asar holds sources, tests or tools: ${forbidden.slice(0, 10).join(', ')}`);
  if (!existsSync(join(resources, 'resources', 'demo', 'project.json')))
    fail('resources/ is not beside the asar (extraResources)');
  if (existsSync(join(resources, 'resources', 'build')))
    fail('resources/build (installer assets) was packed as a resource');
  console.log(
    `check-package: asar holds ${files.length} entries, out/ and package.json, no sources; resources/ beside it`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'storyloom-package-'));
try {
  const copy = join(work, 'app');
  copyCheckout(copy);
  checkPrunedCli(copy);
  checkPackaging(copy, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
