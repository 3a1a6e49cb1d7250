// Node for intents whose capability has not landed yet: an honest answer and what the user can do instead.
import type { TurnStateUpdate, TurnStateValue } from '../state';

const WHAT: Record<string, string> = {
  simulate: 'Simulating a scene between characters',
};

export async function notYet(state: TurnStateValue): Promise<TurnStateUpdate> {
  const intent = state.parsed?.intent ?? 'chat';
  const what = WHAT[intent] ?? 'That';
  return {
    outcome: {
      replyParts: [
        `${what} is not available in this version yet. Meanwhile you can build the project step by step.`,
      ],
      choices: [
        { label: 'Create a character', command: 'create a character named Sarah, 28, journalist' },
        { label: 'What should I do next?', command: 'what should I do next?' },
      ],
    },
  };
}
