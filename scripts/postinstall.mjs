// postinstall: builds the CLI (so `npx storyloom` starts fast right after `npm install`), then tries to fetch
// Electron's binary (npm 11 skips dependency install scripts); each step only warns on failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary } from './electron-binary.mjs';

/**
 * The CLI build takes about a second with esbuild. Without it `storyloom` still works in a dev checkout (through
 * tsx), but every command then spends a second or two transpiling: the eval scorers start one per request.
 * An install without dev dependencies has no esbuild; it runs the out/cli that shipped with it.
 */
async function buildCliQuietly() {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli();
  } catch (error) {
    console.warn(
      `storyloom: the CLI was not built (${error.message}); it will run through tsx where present.`,
    );
  }
}

function installElectron() {
  const installer = 'node_modules/electron/install.js';
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || electronBinary() || !existsSync(installer)) return;
  const result = spawnSync(process.execPath, [installer], {
    stdio: 'pipe',
    timeout: 180_000,
    encoding: 'utf8',
  });
  if (result.status === 0 && electronBinary()) {
    console.log('storyloom: Electron binary installed.');
  } else {
    console.warn(
      'storyloom: the Electron binary could not be downloaded (offline?). `npm start` will use web mode; the CLI and tests work without it.',
    );
  }
}

await buildCliQuietly();
installElectron();
