// `storyloom parse` (no side effects) and `storyloom chat` (one headless turn, waiting for the work it starts).
import { parseMessage } from '../../brains/offline/understand/parse-message';
import { AppFailure } from '../../shared/failure';
import { stringOption } from '../args';
import { cliServices, printResult } from '../cli-context';
import type { CliCommand } from '../cli-types';
import { agentProgressPrinter } from '../progress';

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'Show how a chat message is understood (intent, confidence, parameters); changes nothing',
  usage: 'storyloom parse "<message>" --json',
  async run(args, io) {
    const text = args.positionals.join(' ').trim();
    if (!text) throw new AppFailure('CLI_USAGE', 'Which message? `storyloom parse "<message>" --json`.');
    const parsed = parseMessage(text);
    printResult(args, io, parsed, `${parsed.intent} (${parsed.confidence.toFixed(2)}) ${JSON.stringify(parsed.params)}`);
    return 0;
  },
};

export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'Run one chat turn on a project, headless',
  usage: 'storyloom chat <project> "<message>" [--session S] [--json]',
  async run(args, io) {
    const [ref, ...words] = args.positionals;
    const text = words.join(' ').trim();
    if (!ref || !text) throw new AppFailure('CLI_USAGE', 'Usage: `storyloom chat <project> "<message>" --json`.');
    const services = cliServices(args, io);
    const session = await services.projects.open(ref);
    const print = agentProgressPrinter(io, Boolean(args.options.quiet));
    const unsubscribe = services.events.subscribe((event, payload) => {
      if (event === 'agent:event') print(payload as Parameters<typeof print>[0]);
    });
    try {
      const sessionOption = stringOption(args, 'session');
      const result = await services.chat.send(session.id, text, sessionOption);
      const json = {
        reply: result.reply,
        intent: result.intent,
        created: result.created,
        updated: result.updated,
        ...(result.blocked ? { blocked: result.blocked } : {}),
        deleted: result.deleted,
        choices: result.choices,
        sessionId: result.sessionId,
        runId: result.runId,
      };
      const choices = result.choices.length ? `\n${result.choices.map((c) => `  → ${c.label}: "${c.command}"`).join('\n')}` : '';
      printResult(args, io, json, `${result.reply}${choices}`);
      return 0;
    } finally {
      unsubscribe();
      await services.shutdown();
    }
  },
};
