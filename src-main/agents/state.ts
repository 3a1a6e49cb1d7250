// The state of one chat turn as it flows through the agent graph; every field says who writes it and why.
import { Annotation } from '@langchain/langgraph';
import type { ChatMessage } from '../../src-preload/contract/chat';
import type { BlockedInfo, Choice, EntityRef } from '../../src-preload/contract/dto';
import type { ParsedMessage } from '../../src-preload/contract/intent';
import type { Simulation } from '../../src-preload/contract/simulation';

/** Where the understand node sends the turn. */
export type TurnRoute =
  | 'create'
  | 'modify'
  | 'shot'
  | 'relationship'
  | 'query'
  | 'advance'
  | 'undo'
  | 'follow_up'
  | 'set_meta'
  | 'clarify'
  | 'small_talk'
  | 'bulk_create'
  | 'generate'
  | 'analyze'
  | 'simulate'
  | 'simulation_verdict'
  | 'simulation_control'
  | 'export'
  | 'portrait';

/** What a turn produced so far; nodes return partial outcomes that `mergeOutcome` appends. */
export interface TurnOutcome {
  /** Reply paragraphs, joined with blank lines at the end of the turn. */
  replyParts: string[];
  created: EntityRef[];
  updated: EntityRef[];
  deleted: EntityRef[];
  blocked?: BlockedInfo;
  choices: Choice[];
  notices: string[];
  /** A pipeline run this turn started or resumed (the CLI waits for it; the UI shows its timeline). */
  pipelineRunId?: string;
  /** A queue task this turn started (bulk work; the CLI waits for it, the tasks drawer shows it). */
  queueTaskId?: string;
  /** A question left open for the next user message (multi-turn create, duplicate check). */
  followUp?: ChatMessage['followUp'];
  /** A simulated scene the turn played, or the verdict on one (kept/discarded). */
  simulation?: Simulation;
}

export const emptyOutcome = (): TurnOutcome => ({
  replyParts: [],
  created: [],
  updated: [],
  deleted: [],
  choices: [],
  notices: [],
});

export function mergeOutcome(current: TurnOutcome, update: Partial<TurnOutcome>): TurnOutcome {
  return {
    replyParts: [...current.replyParts, ...(update.replyParts ?? [])],
    created: [...current.created, ...(update.created ?? [])],
    updated: [...current.updated, ...(update.updated ?? [])],
    deleted: [...current.deleted, ...(update.deleted ?? [])],
    choices: [...current.choices, ...(update.choices ?? [])],
    notices: [...current.notices, ...(update.notices ?? [])],
    ...((update.blocked ?? current.blocked) ? { blocked: update.blocked ?? current.blocked } : {}),
    ...((update.followUp ?? current.followUp) ? { followUp: update.followUp ?? current.followUp } : {}),
    ...((update.pipelineRunId ?? current.pipelineRunId)
      ? { pipelineRunId: update.pipelineRunId ?? current.pipelineRunId }
      : {}),
    ...((update.simulation ?? current.simulation)
      ? { simulation: update.simulation ?? current.simulation }
      : {}),
    ...((update.queueTaskId ?? current.queueTaskId)
      ? { queueTaskId: update.queueTaskId ?? current.queueTaskId }
      : {}),
  };
}

export const TurnState = Annotation.Root({
  /** The user's message text (input). */
  text: Annotation<string>,
  /** Id of the persisted user message: provenance of every entity this turn writes (input). */
  messageId: Annotation<string>,
  /** Recent messages of the session, oldest first, for pronouns and pending follow-ups (input). */
  history: Annotation<ChatMessage[]>,
  /** Intent and parameters (written by understand). */
  parsed: Annotation<ParsedMessage | null>({ reducer: (_a, b) => b, default: () => null }),
  /** The branch the turn takes (written by understand). */
  route: Annotation<TurnRoute>({ reducer: (_a, b) => b, default: () => 'small_talk' }),
  /** Accumulated result: nodes return only the parts they add (reply, created…); the reducer appends them. */
  outcome: Annotation<TurnOutcome, Partial<TurnOutcome>>({ reducer: mergeOutcome, default: emptyOutcome }),
});

export type TurnStateValue = typeof TurnState.State;
export type TurnStateUpdate = typeof TurnState.Update;
