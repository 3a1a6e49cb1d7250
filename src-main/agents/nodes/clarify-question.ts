// The "did you mean…?" question of an unsure parse: the likeliest readings, each a choice that forces its intent.
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { Intent, ParsedMessage } from '../../../src-preload/contract/intent';
import { assertNever } from '../../shared/assert';

/** Readings below this probability are not offered. */
const OFFER_ABOVE = 0.1;

/** What the user would be doing with each reading, as the end of "Did you mean to …". */
export function intentPhrase(intent: Intent, params: ParsedMessage['params'] = {}): string {
  const type = params.entityType && params.entityType !== 'project' ? params.entityType : undefined;
  switch (intent) {
    case 'create':
      return type ? `create a ${type}` : 'create a character or a scene';
    case 'bulk_create':
      return `create several ${type ? `${type}s` : 'entities'} at once`;
    case 'generate':
      return 'develop a whole production from an idea';
    case 'modify':
      return params.names?.length ? `change ${params.names.join(' and ')}` : 'change something that exists';
    case 'query':
      return 'ask about the project';
    case 'advance':
      return 'move the workflow on';
    case 'simulate':
      return 'play out a scene between characters';
    case 'analyze':
      return 'analyse a text you pasted';
    case 'export':
      return 'export the project';
    case 'undo':
      return 'undo the last change';
    case 'chat':
      return 'just talk it over';
    default:
      return assertNever(intent, 'intent');
  }
}

/** The question and its choices; each choice resends the message as a slash command (`/create …`). */
export function clarifyQuestion(
  parsed: ParsedMessage,
  text: string,
): { question: string; choices: NonNullable<ChatMessage['choices']> } {
  const readings = [
    { intent: parsed.intent, confidence: parsed.confidence },
    ...(parsed.alternatives ?? []),
  ].filter((r, i) => i === 0 || r.confidence >= OFFER_ABOVE);
  const phrases = readings.slice(0, 3).map((r) => ({ ...r, phrase: intentPhrase(r.intent, parsed.params) }));
  const question =
    phrases.length > 1
      ? `Did you mean to ${phrases
          .slice(0, -1)
          .map((p) => p.phrase)
          .join(', to ')} or to ${phrases.at(-1)?.phrase}?`
      : `I'm not certain: did you mean to ${phrases[0]?.phrase}? Could you say it another way?`;
  const choices = phrases.map((p) => ({
    label: p.phrase.charAt(0).toUpperCase() + p.phrase.slice(1),
    command: `/${p.intent} ${text.trim()}`.slice(0, 2_000),
  }));
  return { question, choices };
}
