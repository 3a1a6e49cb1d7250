// Runs one chat turn through the graph: persists the user's message first, streams events, persists the reply.
import type { ChatMessage } from '../../src-preload/contract/chat';
import type { ChatTurnResult, EntityRef } from '../../src-preload/contract/dto';
import type { AgentEvent } from '../../src-preload/contract/events';
import type { Brain } from '../brains/brain';
import { CONTEXT_MESSAGES } from '../chat/chat-context';
import type { ChatLog } from '../chat/chat-log';
import { stripRefMarkers } from '../domain/entity-refs';
import { toAppError } from '../shared/failure';
import { newId, nowIso } from '../shared/ids';
import type { ProjectSession } from '../store/project-session';
import type { WorkflowConfig } from '../workflow';
import type { TurnGraph } from './graph';
import type { PipelineService } from './pipeline/pipeline-service';
import type { QueueService } from '../queue/queue-service';
import type { ImageEndpointSource } from '../queue/portrait-task';
import type { BudgetMeter } from './budget-meter';
import { emptyOutcome, type TurnOutcome } from './state';

/** The longest command a follow-up choice may carry (ChatMessageSchema's cap). */
const MAX_CHOICE_COMMAND = 2_000;

export interface TurnInput {
  session: ProjectSession;
  log: ChatLog;
  graph: TurnGraph;
  brain: Brain;
  /** The turn's spending meter: the brain's calls count against it (its count is saved with the reply). */
  budget?: BudgetMeter;
  sessionId: string;
  text: string;
  runId?: string;
  signal?: AbortSignal;
  emit: (event: AgentEvent) => void;
  workflowConfig?: WorkflowConfig;
  pipeline?: PipelineService;
  queue?: QueueService;
  imageEndpoint?: ImageEndpointSource;
}

const REF_MARKER = /\[\[([a-z]+):([0-9A-Z]+)\|([^\]]*)\]\]/g;

export function refsIn(text: string): EntityRef[] {
  return [...text.matchAll(REF_MARKER)].map((m) => ({ type: m[1]!, id: m[2]!, name: m[3]! }));
}

export async function runTurn(input: TurnInput): Promise<ChatTurnResult> {
  const runId = input.runId ?? newId();
  const { log, sessionId, emit } = input;
  const user: ChatMessage = {
    id: newId(),
    sessionId,
    role: 'user',
    content: input.text,
    at: nowIso(),
    createdIds: [],
    updatedIds: [],
    status: 'done',
    runId,
  };
  // The user's words are durable before any work starts: a crash or a failed run never loses them.
  await log.append(user);
  emit({ type: 'run_started', runId, projectId: input.session.id, at: nowIso(), sessionId, kind: 'chat' });

  let outcome: TurnOutcome = emptyOutcome();
  let intent = 'chat';
  let confidence = 0;
  let status: ChatMessage['status'] = 'done';
  let error: ChatMessage['error'];
  try {
    const history = (await log.recent(CONTEXT_MESSAGES + 1)).filter((m) => m.id !== user.id);
    const final = await input.graph.invoke(
      { text: input.text, messageId: user.id, history },
      {
        configurable: {
          deps: {
            session: input.session,
            brain: input.brain,
            runId,
            emit,
            ...(input.signal ? { signal: input.signal } : {}),
            ...(input.workflowConfig ? { workflowConfig: input.workflowConfig } : {}),
            ...(input.pipeline ? { pipeline: input.pipeline } : {}),
            ...(input.queue ? { queue: input.queue } : {}),
            ...(input.imageEndpoint ? { imageEndpoint: input.imageEndpoint } : {}),
          },
        },
        ...(input.signal ? { signal: input.signal } : {}),
      },
    );
    outcome = final.outcome;
    intent = final.parsed?.intent ?? 'chat';
    confidence = final.parsed?.confidence ?? 0;
  } catch (caught) {
    const cancelled = input.signal?.aborted === true;
    status = cancelled ? 'cancelled' : 'failed';
    const appError = cancelled
      ? { code: 'RUN_CANCELLED', message: 'Cancelled — nothing was changed by this message.' }
      : toAppError(caught);
    // The chat log keeps code, message and remedy only (its schema is strict): details stay in the event.
    error = {
      code: appError.code,
      message: appError.message.slice(0, 2_000),
      ...(appError.remedy ? { remedy: appError.remedy.slice(0, 2_000) } : {}),
    };
    outcome = {
      ...emptyOutcome(),
      replyParts: [
        cancelled
          ? appError.message
          : `That didn't work: ${appError.message}${appError.remedy ? ` ${appError.remedy}` : ''}`,
      ],
      // A choice's command has a length cap: a long message (a pasted chapter) is sent again by hand.
      choices: input.text.length <= MAX_CHOICE_COMMAND ? [{ label: 'Try again', command: input.text }] : [],
    };
    if (!cancelled)
      emit({
        type: 'error',
        runId,
        code: appError.code,
        message: appError.message,
        ...(appError.remedy ? { remedy: appError.remedy } : {}),
      });
  }

  const content = outcome.replyParts.join('\n\n');
  const usage = input.budget?.calls
    ? { calls: input.budget.calls, costUsd: input.budget.spentUsd }
    : undefined;
  const assistant: ChatMessage = {
    id: newId(),
    sessionId,
    role: 'assistant',
    content,
    at: nowIso(),
    intent,
    createdIds: outcome.created.map((r) => r.id),
    updatedIds: outcome.updated.map((r) => r.id),
    runId,
    status,
    refs: [...refsIn(content), ...outcome.created, ...outcome.updated].filter(
      (r, i, all) => all.findIndex((x) => x.id === r.id) === i,
    ),
    ...(outcome.choices.length ? { choices: outcome.choices.slice(0, 8) } : {}),
    ...(outcome.followUp ? { followUp: outcome.followUp } : {}),
    ...(error ? { error } : {}),
    ...(outcome.notices.length ? { notices: outcome.notices.slice(0, 20) } : {}),
    ...(outcome.simulation ? { simulation: outcome.simulation } : {}),
    ...(usage ? { usage } : {}),
  };
  await log.append(assistant);
  emit({
    type: 'run_finished',
    runId,
    status: status === 'done' ? 'done' : status === 'cancelled' ? 'cancelled' : 'failed',
    at: nowIso(),
  });
  return {
    runId,
    sessionId,
    userMessageId: user.id,
    assistantMessageId: assistant.id,
    reply: stripRefMarkers(content),
    intent,
    confidence,
    created: outcome.created,
    updated: outcome.updated,
    deleted: outcome.deleted,
    ...(outcome.blocked ? { blocked: outcome.blocked } : {}),
    choices: outcome.choices,
    notices: outcome.notices,
    ...(usage ? { usage } : {}),
    ...(outcome.pipelineRunId ? { pipelineRunId: outcome.pipelineRunId } : {}),
    ...(outcome.queueTaskId ? { queueTaskId: outcome.queueTaskId } : {}),
    ...(outcome.simulation ? { simulation: outcome.simulation } : {}),
    messages: [user, assistant],
  };
}
