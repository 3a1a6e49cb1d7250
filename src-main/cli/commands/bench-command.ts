// `storyloom bench`: the performance suite (DESIGN.md §9), as JSON with --json or a readable table.
import { formatBenchTable, runBench } from '../../bench/run-bench';
import { stringOption } from '../args';
import type { CommandRun } from '../cli-types';

export const benchCommand: CommandRun = async (args, io) => {
  const report = await runBench(stringOption(args, 'only'), (message) => {
    if (!args.options.quiet) io.stderr(message);
  });
  io.stdout(args.options.json ? JSON.stringify(report) : formatBenchTable(report));
  return 0;
};
