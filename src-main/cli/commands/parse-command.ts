// `storyloom parse`: how a chat message is understood (intent, confidence, parameters); no side effects.
import { parseMessage } from '../../brains/offline/understand/parse-message';
import { AppFailure } from '../../shared/failure';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';

export const parseCommand: CommandRun = async (args, io) => {
  const text = args.positionals.join(' ').trim();
  if (!text) throw new AppFailure('CLI_USAGE', 'Which message? `storyloom parse "<message>" --json`.');
  const parsed = parseMessage(text);
  printResult(
    args,
    io,
    parsed,
    `${parsed.intent} (${parsed.confidence.toFixed(2)}) ${JSON.stringify(parsed.params)}`,
  );
  return 0;
};
