// The `storyloom` command: dispatches to commands, prints one-line reasons and exits non-zero on failure.
import { APP_VERSION } from '../shared/app-version';
import { AppFailure, toAppError } from '../shared/failure';
import { parseCliArgs } from './args';
import type { CliIo } from './cli-types';
import { COMMANDS } from './command-registry';

export { COMMANDS };

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    `storyloom ${APP_VERSION} — offline-first film pre-production studio (CLI)`,
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --json (machine-readable output), --dir D (projects root), --help, --version',
    'Projects root: --dir, else $STORYLOOM_DATA_DIR, else ~/.storyloom/projects.',
  ].join('\n');
}

/** Runs one invocation; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let json = argv.includes('--json');
  try {
    const args = parseCliArgs(argv);
    json = Boolean(args.options.json);
    if (args.options.version) {
      io.stdout(json ? JSON.stringify({ version: APP_VERSION }) : APP_VERSION);
      return 0;
    }
    const [name, ...rest] = args.positionals;
    if (!name || args.options.help) {
      io.stdout(helpText());
      return name || args.options.help ? 0 : 1;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new AppFailure(
        'CLI_USAGE',
        `Unknown command "${name}".`,
        'Run `storyloom --help` for the list of commands.',
      );
    const run = await command.load();
    return await run({ positionals: rest, options: args.options }, io);
  } catch (error) {
    const appError = toAppError(error);
    if (json) io.stdout(JSON.stringify({ error: appError }));
    io.stderr(`storyloom: ${appError.message}${appError.remedy ? ` ${appError.remedy}` : ''}`);
    return appError.code === 'CLI_USAGE' ? 2 : 1;
  }
}
