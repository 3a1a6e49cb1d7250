// Node `query`: answers questions about the project from its data.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { recentEntities } from '../../chat/chat-context';
import { answerQuery } from '../../domain/answer-query';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

export async function answerQueryNode(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  let names = state.parsed?.params.names ?? [];
  // "what about her?" — fall back to the entity the conversation is about.
  if (names.length === 0 && /\b(?:her|him|them|she|he|it)\b/i.test(state.text))
    names = recentEntities(file, state.history)
      .slice(0, 1)
      .map((e) => e.name);
  const answer = answerQuery(file, state.text, names);
  return { outcome: { replyParts: [answer.text] } };
}
