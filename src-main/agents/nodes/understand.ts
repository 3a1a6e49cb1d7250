// Node `understand`: intent and parameters of the message (rules first, model second), and where the turn goes.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { ParsedMessage } from '../../../src-preload/contract/intent';
import { assertNever } from '../../shared/assert';
import { nowIso } from '../../shared/ids';
import { buildParseContext } from '../../chat/chat-context';
import { metaFieldIn } from '../../domain/project-meta-fields';
import { depsOf } from '../deps';
import { simulationControlIn } from './simulation-control';
import { simulationVerdictIn } from './simulation-verdict';
import { asksForPortrait } from './request-portrait';
import type { TurnRoute, TurnStateUpdate, TurnStateValue } from '../state';

/** Below this confidence the turn asks what the user meant instead of acting. */
export const CLARIFY_BELOW = 0.45;

/** The follow-up question the assistant's last message left open, if any. */
export function pendingFollowUp(history: readonly ChatMessage[]): ChatMessage['followUp'] | undefined {
  const last = [...history].reverse().find((m) => m.role === 'assistant');
  return last?.followUp;
}

/** A short reply, or one that is not a confident new command, answers a pending question. */
function answersFollowUp(parsed: ParsedMessage, text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  const command =
    parsed.confidence >= 0.8 &&
    ['advance', 'undo', 'query', 'generate', 'bulk_create', 'export'].includes(parsed.intent);
  return !command && (parsed.intent === 'chat' || parsed.confidence < 0.8 || words <= 6);
}

/** "write a logline", "the theme is loneliness": a project-level field rather than an entity. */
function aboutProjectMeta(parsed: ParsedMessage, text: string): boolean {
  if (parsed.intent !== 'modify' && parsed.intent !== 'create' && parsed.intent !== 'chat') return false;
  if (parsed.params.entityType === 'project') return true;
  return (
    !parsed.params.entityType &&
    !parsed.params.names?.length &&
    metaFieldIn(text, parsed.params.attributes ?? {}) !== undefined
  );
}

/** Pipeline control the parser does not model: "regenerate the scenes", "resume the run", "approve the scenes". */
const PIPELINE_COMMAND = /^\s*(?:please\s+)?(?:re-?generate|redo the|resume|continue the run|approve the)\b/i;

/** A reading too unsure to act on: a command below the threshold, or "chat" with a command close behind it. */
function unsure(parsed: ParsedMessage): boolean {
  if (parsed.confidence >= CLARIFY_BELOW) return false;
  return parsed.intent !== 'chat' || (parsed.alternatives?.[0]?.confidence ?? 0) >= CLARIFY_BELOW / 2;
}

export function routeOf(parsed: ParsedMessage, text = ''): TurnRoute {
  if (PIPELINE_COMMAND.test(text)) return 'generate';
  if (aboutProjectMeta(parsed, text)) return 'set_meta';
  if (unsure(parsed)) return 'clarify';
  // A shot of a numbered scene, added or changed (the parser sets its fields whichever of the two it read).
  if ((parsed.intent === 'create' || parsed.intent === 'modify') && parsed.params.entityType === 'shot')
    return 'shot';
  switch (parsed.intent) {
    case 'chat':
      return 'small_talk';
    case 'modify':
      // A relationship edit ("stops trusting", "pin their trust") writes the relationship's ledger.
      return parsed.params.entityType === 'relationship' && parsed.params.attributes?.relationEdit
        ? 'relationship'
        : 'modify';
    case 'create':
    case 'query':
    case 'advance':
    case 'undo':
    case 'bulk_create':
    case 'generate':
    case 'analyze':
    case 'simulate':
    case 'export':
      return parsed.intent;
    default:
      return assertNever(parsed.intent, 'intent');
  }
}

export async function understand(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  deps.emit({ type: 'stage_started', runId: deps.runId, stage: 'understand', at: nowIso() });
  const context = buildParseContext(deps.session.file, state.history);
  const notices: string[] = [];
  const parsed = await deps.brain.understand(state.text, context, {
    ...(deps.signal ? { signal: deps.signal } : {}),
    onNotice: (n) => notices.push(n.message),
  });
  const route = simulationVerdictIn(state.text, state.history)
    ? 'simulation_verdict'
    : simulationControlIn(state.text, state.history)
      ? 'simulation_control'
      : pendingFollowUp(state.history) && answersFollowUp(parsed, state.text)
        ? 'follow_up'
        : asksForPortrait(state.text)
          ? 'portrait'
          : routeOf(parsed, state.text);
  // A message with several requests is answered one request at a time: say what is left, so nothing is lost.
  if (parsed.followUps?.length)
    notices.push(
      `Your message had more than one request; this turn handles the first. Send the rest next: ${parsed.followUps
        .map((r) => `"${r}"`)
        .join(', ')}.`,
    );
  deps.emit({ type: 'stage_finished', runId: deps.runId, stage: 'understand', at: nowIso() });
  return { parsed, route, outcome: { notices } };
}
