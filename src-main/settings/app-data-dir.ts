// Where app-wide files (settings, secrets) live, and the guard that keeps them out of any project folder.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { AppFailure } from '../shared/failure';

/** Marker file of a project folder (kept in sync with the store's PROJECT_FILE). */
const PROJECT_MARKER = 'project.json';

/** The settings file in the app data dir. */
export const SETTINGS_FILE = 'settings.json';

/** The app data dir for the CLI and web mode: STORYLOOM_APP_DIR, else ~/.storyloom (Electron passes userData). */
export function resolveAppDataDir(options: { dir?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = options.env ?? process.env;
  if (options.dir) return resolve(options.dir);
  if (env.STORYLOOM_APP_DIR) return resolve(env.STORYLOOM_APP_DIR);
  return join(homedir(), '.storyloom');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Refuses a folder for app files when it is, or sits inside, a project folder (a `project.json` in it or
 * any ancestor) or the projects root: projects are exported and shared, secrets must never travel with them.
 */
export function assertOutsideProjects(dir: string, projectsRoot?: string): void {
  const abs = resolve(dir);
  if (projectsRoot && isInside(abs, resolve(projectsRoot))) {
    throw new AppFailure(
      'APP_DIR_IN_PROJECTS',
      `App settings cannot live inside the projects folder (${abs}).`,
      'Use the app data folder, outside every project.',
    );
  }
  for (let d = abs; ; d = dirname(d)) {
    if (existsSync(join(d, PROJECT_MARKER))) {
      throw new AppFailure(
        'APP_DIR_IN_PROJECT',
        `App settings cannot live inside a project folder (${d}).`,
        'Use the app data folder, outside every project.',
      );
    }
    if (dirname(d) === d) return;
  }
}
