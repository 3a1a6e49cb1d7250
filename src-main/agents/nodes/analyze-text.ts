// Node `analyze`: a pasted chapter or screenplay becomes characters, locations, scenes and relationships.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { analyzeIntoSession, describeCounts } from '../analyze-source';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

/** The pasted passage: what follows the first colon or line break of a request ("Analyze this: …"). */
export function passageOf(text: string): string {
  const cut = text.search(/[:\n]/);
  const rest = cut >= 0 ? text.slice(cut + 1).trim() : '';
  return rest.length >= 80 ? rest : text;
}

export async function analyzeText(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const passage = passageOf(state.text);
  if (passage.split(/\s+/).length < 30) {
    return {
      outcome: {
        replyParts: [
          'Paste the chapter or screenplay after a colon (for example “Analyze this: …”), or import a file (.txt, .md, .fountain, .fdx).',
        ],
      },
    };
  }
  const counts = await analyzeIntoSession(deps.session, passage, `chat:${state.messageId}`, state.messageId);
  return {
    outcome: {
      replyParts: [`Analyzed the text: added ${describeCounts(counts)}. Say “undo” to take it back.`],
      choices: [{ label: 'Who are the main characters?', command: 'who are the main characters?' }],
    },
  };
}
