// The app's settings and the Brain they select, opened lazily: shared by the services and light CLI commands.
import type { Brain } from '../brains/brain';
import { offlineBrain } from '../brains/offline/offline-brain';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAppDataDir, SETTINGS_FILE } from './app-data-dir';
import type { SecretCodec } from './secret-store';
import type { SettingsService } from './settings-service';

/** Where the settings live and what may override the brain. */
export interface AppBrainOptions {
  /** The projects root (settings must stay outside it). */
  root: string;
  /** App data dir; default $STORYLOOM_APP_DIR or ~/.storyloom. */
  appDir?: string;
  env?: NodeJS.ProcessEnv;
  secretCodec?: SecretCodec;
  /** Force a brain (tests, `--offline`); otherwise the settings choose. */
  brain?: Brain;
}

/**
 * Settings opened on first use, and the brain they select (the offline engine when they cannot be read). With no
 * settings file the defaults select the offline engine, so the settings module (and zod with it) is not even
 * loaded: that is most of a light command's start-up (`storyloom parse`).
 */
export function appBrainSource(options: AppBrainOptions): {
  settings: () => Promise<SettingsService>;
  brain: () => Promise<Brain>;
} {
  const appDir = options.appDir ?? resolveAppDataDir(options.env ? { env: options.env } : {});
  let settings: Promise<SettingsService> | undefined;
  const open = (): Promise<SettingsService> =>
    (settings ??= import('./settings-service').then(({ SettingsService }) =>
      SettingsService.open({
        appDir,
        projectsRoot: options.root,
        ...(options.secretCodec ? { codec: options.secretCodec } : {}),
      }),
    ));
  const brain = async (): Promise<Brain> => {
    if (options.brain) return options.brain;
    if (!settings && !existsSync(join(appDir, SETTINGS_FILE))) return offlineBrain;
    return (await open()).brain().catch(() => offlineBrain);
  };
  return { settings: open, brain };
}
