// Builds the core services for one CLI invocation (projects root from --dir / STORYLOOM_DATA_DIR / default).
import { createServices, type Services } from '../services';
import { resolveProjectsRoot } from '../store/paths';
import { stringOption } from './args';
import type { CliArgs, CliIo } from './cli-types';

export function cliServices(args: CliArgs, io: CliIo): Services {
  const dir = stringOption(args, 'dir');
  return createServices({ root: resolveProjectsRoot({ ...(dir ? { dir } : {}), env: io.env }), transport: 'cli' });
}

/** Prints `value` as JSON with --json, or the human text otherwise. */
export function printResult(args: CliArgs, io: CliIo, value: unknown, human: string): void {
  io.stdout(args.options.json ? JSON.stringify(value) : human);
}
