// Where projects live: --dir beats STORYLOOM_DATA_DIR beats the app's default; a <project> argument resolves here.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export const PROJECT_FILE = 'project.json';
/** The write-ahead journal beside project.json: changes acknowledged since its last checkpoint. */
export const JOURNAL_FILE = 'project.journal';

/** The projects root for the CLI and web mode (Electron passes its userData-based default instead). */
export function resolveProjectsRoot(
  options: { dir?: string; env?: NodeJS.ProcessEnv; fallback?: string } = {},
): string {
  const env = options.env ?? process.env;
  if (options.dir) return resolve(options.dir);
  if (env.STORYLOOM_DATA_DIR) return resolve(env.STORYLOOM_DATA_DIR);
  return options.fallback ?? join(homedir(), '.storyloom', 'projects');
}

/** A filesystem-friendly folder name for a project. */
export function projectFolderName(name: string, id: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 48);
  return `${slug || 'project'}-${id.slice(-8).toLowerCase()}`;
}

/** If `ref` names a project folder or its project.json on disk, returns the folder; else null (maybe an id). */
export function projectDirFromPath(ref: string): string | null {
  const abs = resolve(ref);
  if (!existsSync(abs)) return null;
  if (statSync(abs).isDirectory()) return existsSync(join(abs, PROJECT_FILE)) ? abs : null;
  return basename(abs) === PROJECT_FILE ? dirname(abs) : null;
}
