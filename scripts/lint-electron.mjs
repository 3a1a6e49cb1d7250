// Runs @doyensec/electronegativity offline over the Electron-facing sources and fails on any finding not accepted.
// Usage: node scripts/lint-electron.mjs  (npm run lint:electron; part of npm run lint)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The main process (window, IPC, hosts), the preload, and the page that carries the CSP meta tag. */
const SCANNED = ['src-main', 'src-preload', 'src-renderer/index.html'];
/**
 * Network checks skipped: AVAILABLE_SECURITY_FIXES compares the Electron version with GitHub's release list
 * (CI has no network; the Electron version is pinned by package-lock.json and updated with dependencies).
 */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Findings reviewed and accepted; each is explained in SECURITY.md ("Electron checks"). A finding not listed here
 * fails the lint, and so does an entry that no longer matches a finding (so the list cannot go stale).
 */
const ACCEPTED = [
  // The secure webPreferences live in window-options.ts (plain data, asserted by tests/unit/window/
  // window-options.test.ts); the tool only reads a literal passed straight to `new BrowserWindow`.
  { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src-main/window/create-main-window.ts' },
  { id: 'SANDBOX_JS_CHECK', file: 'src-main/window/create-main-window.ts' },
  { id: 'AUXCLICK_JS_CHECK', file: 'src-main/window/create-main-window.ts' },
  // Only http(s) URLs (isSafeExternalUrl) reach the system browser, from the window-open handler.
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'src-main/window/create-main-window.ts' },
  // The header's value is the CONTENT_SECURITY_POLICY constant, which the tool cannot read through an identifier.
  { id: 'CSP_GLOBAL_CHECK', file: 'src-main/window/create-main-window.ts' },
  // "script-src 'self' can be problematic if you host JSONP, Angular or user uploaded files": the origin serves
  // only the built bundle.
  { id: 'CSP_GLOBAL_CHECK', file: 'src-renderer/index.html' },
];

/** The tool fetches translations and Electron's release list with `got`; CI is offline, so `got` always fails fast. */
function blockNetwork(require) {
  const path = require.resolve('got');
  const offline = () => Promise.reject(new Error('offline: storyloom lint makes no network requests'));
  offline.head = offline;
  require.cache[path] = { id: path, filename: path, loaded: true, exports: offline };
}

/** Copies the scanned sources into one folder, so the global checks (CSP, navigation, permissions) see them together. */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'storyloom-electronegativity-'));
  for (const path of SCANNED) cpSync(join(REPO, path), join(dir, path), { recursive: true });
  return dir;
}

const key = (f) => `${f.id} ${f.file}`;

async function main() {
  const require = createRequire(join(REPO, 'node_modules/@doyensec/electronegativity/package.json'));
  blockNetwork(require);
  const run = require('./dist/runner.js');
  const electron = createRequire(join(REPO, 'package.json'))('electron/package.json').version;
  const dir = stage();
  const quiet = console.log;
  console.log = () => undefined; // the tool narrates its (blocked) downloads
  let result;
  try {
    result = await run({
      input: dir,
      customScan: [],
      excludeFromScan: EXCLUDED,
      isRelative: true,
      electronVersionOverride: electron,
    });
  } finally {
    console.log = quiet;
    rmSync(dir, { recursive: true, force: true });
  }
  const accepted = new Set(ACCEPTED.map(key));
  const found = new Set(result.issues.map(key));
  const failures = [
    ...result.errors.map((e) => `error: ${JSON.stringify(e).slice(0, 300)}`),
    ...result.issues
      .filter((i) => !accepted.has(key(i)))
      .map((i) => `${i.id} ${i.file}:${i.location.line} (${i.severity.name}): ${i.description}`),
    ...ACCEPTED.filter((a) => !found.has(key(a))).map(
      (a) => `stale acceptance: ${key(a)} is no longer reported; remove it here and in SECURITY.md`,
    ),
  ];
  const summary = `electronegativity (Electron ${electron}): ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, all accepted`;
  if (failures.length === 0) return void console.log(summary);
  console.error(`electronegativity: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

await main();
