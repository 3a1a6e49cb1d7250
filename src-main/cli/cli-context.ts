// Builds the core services for one CLI invocation (projects root from --dir / STORYLOOM_DATA_DIR / default).
import { createServices, type Services } from '../services';
import { resolveProjectsRoot } from '../store/paths';
import { stringOption } from './args';
import type { CliArgs, CliIo } from './cli-types';

export function cliServices(args: CliArgs, io: CliIo): Services {
  const dir = stringOption(args, 'dir');
  return createServices({
    root: resolveProjectsRoot({ ...(dir ? { dir } : {}), env: io.env }),
    transport: 'cli',
  });
}
