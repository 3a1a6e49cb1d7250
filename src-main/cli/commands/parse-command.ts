// `storyloom parse`: how a chat message is understood (intent, confidence, parameters); no side effects.
import { AppFailure } from '../../shared/failure';
import { cliBrain } from '../cli-brain';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';

export const parseCommand: CommandRun = async (args, io) => {
  const text = args.positionals.join(' ').trim();
  if (!text) throw new AppFailure('CLI_USAGE', 'Which message? `storyloom parse "<message>" --json`.');
  // The brain a chat turn would use: with a model selected, what the offline rules are unsure of goes to it.
  const brain = await cliBrain(args, io);
  const parsed = await brain.understand(text.normalize('NFC'), {});
  printResult(
    args,
    io,
    parsed,
    `${parsed.intent} (${parsed.confidence.toFixed(2)}) ${JSON.stringify(parsed.params)}`,
  );
  return 0;
};
