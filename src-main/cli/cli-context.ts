// Builds the core services for one CLI invocation (projects root from --dir / STORYLOOM_DATA_DIR / default).
import { createServices, type Services } from '../services';
import { projectsRoot } from './cli-brain';
import type { CliArgs, CliIo } from './cli-types';

export function cliServices(args: CliArgs, io: CliIo): Services {
  return createServices({ root: projectsRoot(args, io), transport: 'cli' });
}
