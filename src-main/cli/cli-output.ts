// Output of CLI commands: JSON with --json, human text otherwise.
import type { CliArgs, CliIo } from './cli-types';

/** Prints `value` as JSON with --json, or the human text otherwise. */
export function printResult(args: CliArgs, io: CliIo, value: unknown, human: string): void {
  io.stdout(args.options.json ? JSON.stringify(value) : human);
}
