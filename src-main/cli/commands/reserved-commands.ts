// Command names of DESIGN.md §2 whose features land in later issues: they answer "not yet available".
import { AppFailure } from '../../shared/failure';
import type { CliCommand } from '../cli-types';

function reserved(name: string, usage: string, summary: string, feature: string): CliCommand {
  return {
    name,
    usage,
    summary,
    reservedFor: feature,
    async run() {
      throw new AppFailure('NOT_YET_AVAILABLE', `\`storyloom ${name}\` is not yet available in this version (it arrives with ${feature}).`);
    },
  };
}

export const reservedCommands: CliCommand[] = [
  reserved('parse', 'storyloom parse "<message>" --json', 'Show how a chat message is understood', 'the conversation feature'),
  reserved('chat', 'storyloom chat <project> "<message>" --json', 'Run one chat turn headless', 'the conversation feature'),
  reserved('analyze', 'storyloom analyze <file> --json', 'Analyze a manuscript or screenplay', 'the agent pipeline'),
];
