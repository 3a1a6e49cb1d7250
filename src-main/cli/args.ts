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
  const { args, restore } = shieldDashedText(argv);
  try {
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const options = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? restore(v) : v]),
    );
    return { positionals: positionals.map(restore), options: options as CliArgs['options'] };
  } catch (error) {
    throw new AppFailure(
      'CLI_USAGE',
      (error as Error).message.replace(/\.$/, '') + '.',
      'Run `storyloom --help` for the usage.',
    );
  }
}

/**
 * An idea or a message may start with a dash ("- romantic comedy\n- Seoul"), which `parseArgs` would take for an
 * option. Text that cannot be an option (a dash then a space, a digit or a symbol, or any whitespace) is swapped
 * for a placeholder while parsing; an unknown option word ("--colour") still fails as before.
 */
function shieldDashedText(argv: readonly string[]): { args: string[]; restore: (v: string) => string } {
  const shielded: string[] = [];
  const args = argv.map((arg) => {
    if (!/^-/.test(arg) || OPTION_SPELLING.test(arg)) return arg;
    if (!/\s/.test(arg) && !/^-(?:[\d\s.,;:!?'"(*•]|-[\s\d])/.test(arg)) return arg;
    shielded.push(arg);
    return `${PLACEHOLDER}${shielded.length - 1}`;
  });
  const restore = (v: string) =>
    v.startsWith(PLACEHOLDER) ? (shielded[Number(v.slice(PLACEHOLDER.length))] ?? v) : v;
  return { args, restore };
}

/** How an option is written: "--idea", "--idea=…", "-h", or the "--" that ends the options. */
const OPTION_SPELLING = /^(?:--[a-z][a-z-]*(?:=|$)|-[a-z]$|--$)/i;
const PLACEHOLDER = '\u0000storyloom-text-';

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
