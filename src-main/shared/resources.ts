// Locates the bundled resources/ folder (demo project, engine tables) from source, bundle or packaged app.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** The resources folder: $STORYLOOM_RESOURCES, Electron's resourcesPath, or the nearest `resources/` upwards. */
export function resourcesDir(): string {
  if (cached) return cached;
  const candidates: string[] = [];
  if (process.env.STORYLOOM_RESOURCES) candidates.push(resolve(process.env.STORYLOOM_RESOURCES));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'resources'));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, 'resources'));
    dir = dirname(dir);
  }
  const found = candidates.find((c) => existsSync(join(c, 'demo')));
  if (!found)
    throw new Error(`Storyloom's resources folder was not found (looked in ${candidates.join(', ')}).`);
  cached = found;
  return found;
}

/** A JSON table of the resources folder, read when first asked for (for tables too large to bundle). */
export function readResourceJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(resourcesDir(), path), 'utf8')) as T;
}
