// postinstall: tries to fetch Electron's binary (npm 11 skips dependency install scripts); only warns on failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary } from './electron-binary.mjs';

const installer = 'node_modules/electron/install.js';
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || electronBinary() || !existsSync(installer)) process.exit(0);
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
