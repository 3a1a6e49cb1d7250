// Finds the installed Electron binary without triggering a download (requiring `electron` would try one).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

export function electronBinary() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
    const full = relative
      ? join(base, relative)
      : process.env.ELECTRON_OVERRIDE_DIST_PATH
        ? join(base, 'electron')
        : null;
    return full && existsSync(full) ? full : null;
  } catch {
    return null;
  }
}
