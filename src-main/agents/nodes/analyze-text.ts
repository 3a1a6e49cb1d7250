// Node `analyze`: a pasted chapter or screenplay becomes characters, locations, scenes and relationships.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { documentStart } from '../../domain/supplied-text';
import { analyzeIntoSession, describeCounts } from '../analyze-source';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

/**
 * The pasted passage: what follows a short request line ("Analyze this: …"), or the whole message when it
 * opens with the document itself (a slugline, a title page, a chapter heading).
 */
export function passageOf(text: string): string {
  const start = documentStart(text);
  const rest = start > 0 ? text.slice(start).trim() : '';
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
  const { counts, kind, created } = await analyzeIntoSession(
    deps.session,
    passage,
    `chat:${state.messageId}`,
    state.messageId,
  );
  const readAs = kind === 'prose' ? 'a chapter of prose' : 'a screenplay';
  return {
    outcome: {
      replyParts: [`Read this as ${readAs}: added ${describeCounts(counts)}. Say “undo” to take it back.`],
      created,
      choices: [{ label: 'Who are the main characters?', command: 'who are the main characters?' }],
    },
  };
}
