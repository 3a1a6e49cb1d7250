// Nodes `small_talk` and `clarify`: a friendly reply that steers towards what Storyloom can do.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { depsOf } from '../deps';
import { clarifyQuestion } from './clarify-question';
import type { TurnStateUpdate, TurnStateValue } from '../state';

const EXAMPLES = [
  { label: 'Create a character', command: 'create a character named Maya, 31, a pilot' },
  { label: 'What should I do next?', command: 'what should I do next?' },
  { label: 'Who are the main characters?', command: 'who are the main characters?' },
];

export async function smallTalk(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const p = deps.session.file.project;
  const fallback = /^(?:hi|hello|hey|good (?:morning|evening|afternoon))\b/i.test(state.text.trim())
    ? `Hello! We're working on ${p.title ?? p.name}. Tell me about a character, a location or a scene, or ask what to do next.`
    : `I'm not sure what to do with that. I can create and edit characters, locations and scenes, answer questions about the project, and move the workflow on.`;
  // Model trouble (retries, the offline fallback) must reach the user, not vanish inside the brain.
  const notices: string[] = [];
  const text = await deps.brain.reply(
    `You are Storyloom's assistant for film pre-production. The project is "${p.name}" (${p.kind}). Answer briefly.`,
    state.text,
    fallback,
    {
      ...(deps.signal ? { signal: deps.signal } : {}),
      onToken: (t) => deps.emit({ type: 'tokens', runId: deps.runId, text: t }),
      onNotice: (n) => notices.push(n.message),
    },
  );
  return { outcome: { replyParts: [text], choices: EXAMPLES, notices } };
}

export async function clarify(state: TurnStateValue): Promise<TurnStateUpdate> {
  const parsed = state.parsed ?? { intent: 'chat' as const, confidence: 0, params: {} };
  const { question, choices } = clarifyQuestion(parsed, state.text);
  return {
    outcome: { replyParts: [question], choices: choices.length > 1 ? choices : [...choices, ...EXAMPLES] },
  };
}
