// Builds the core services for one CLI invocation (projects root from --dir / STORYLOOM_DATA_DIR / default).
import type { Brain } from '../brains/brain';
import { createServices, type Services } from '../services';
import { appBrainSource } from '../settings/app-brain';
import type { SettingsService } from '../settings/settings-service';
import { resolveProjectsRoot } from '../store/paths';
import { stringOption } from './args';
import type { CliArgs, CliIo } from './cli-types';

function projectsRoot(args: CliArgs, io: CliIo): string {
  const dir = stringOption(args, 'dir');
  return resolveProjectsRoot({ ...(dir ? { dir } : {}), env: io.env });
}

export function cliServices(args: CliArgs, io: CliIo): Services {
  return createServices({ root: projectsRoot(args, io), transport: 'cli' });
}

/** The brain the settings select, as the services would pick it, without building the services (fast commands). */
export function cliBrain(args: CliArgs, io: CliIo): Promise<Brain> {
  return appBrainSource({ root: projectsRoot(args, io) }).brain();
}

/** The app settings (model, image endpoint, keys) without building the services. */
export function cliSettings(args: CliArgs, io: CliIo): Promise<SettingsService> {
  return appBrainSource({ root: projectsRoot(args, io) }).settings();
}
