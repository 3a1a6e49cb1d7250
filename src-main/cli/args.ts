// Argument parsing for `storyloom`: options may come before or after positionals.
import { parseArgs } from 'node:util';
import { AppFailure } from '../shared/failure';
import type { CliArgs } from './cli-types';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  dir: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  seed: { type: 'string' },
  idea: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  panels: { type: 'string' },
  port: { type: 'string' },
  only: { type: 'string' },
  session: { type: 'string' },
  into: { type: 'string' },
  open: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  size: { type: 'string' },
  timeout: { type: 'string' },
  'api-key-env': { type: 'string' },
  clear: { type: 'boolean' },
} as const;

export function parseCliArgs(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    return { positionals, options: values as CliArgs['options'] };
  } catch (error) {
    throw new AppFailure(
      'CLI_USAGE',
      (error as Error).message.replace(/\.$/, '') + '.',
      'Run `storyloom --help` for the usage.',
    );
  }
}

export const stringOption = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

export function intOption(args: CliArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new AppFailure('CLI_USAGE', `--${name} must be a whole number, not "${raw}".`);
  return value;
}
