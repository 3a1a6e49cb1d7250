// The chat's message view model and its mapping from persisted messages (so the slices and panels share one shape).
import type { ChatMessage, Choice, Simulation } from '../contract';

/** A message as the chat panel shows it: persisted messages plus local pending, streaming and failed-send ones. */
export interface ChatMessageView {
  id: string;
  role: 'user' | 'assistant' | 'system';
  content: string;
  status: 'pending' | 'streaming' | 'done' | 'failed' | 'cancelled';
  at: string;
  sessionId?: string;
  runId?: string;
  /** One-click follow-ups: clicking sends `command` as a chat message. */
  choices?: Choice[];
  /** Why the turn failed, and what to do about it. */
  error?: { code: string; message: string; remedy?: string };
  /** What the user should know about how the reply was made (a model fell back to the offline engine). */
  notices?: string[];
  /** Model calls of the turn and their estimated cost. */
  usage?: { calls: number; costUsd: number };
  /** A simulated scene the turn played (the graph previews its changes while they wait to be kept). */
  simulation?: Simulation;
}

/** Maps a persisted message onto the view (drops what the panel never shows: ids of changed entities, drafts). */
export function toMessageView(message: ChatMessage): ChatMessageView {
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    status: message.status,
    at: message.at,
    sessionId: message.sessionId,
    ...(message.runId ? { runId: message.runId } : {}),
    ...(message.choices?.length ? { choices: message.choices } : {}),
    ...(message.error ? { error: message.error } : {}),
    ...(message.notices?.length ? { notices: message.notices } : {}),
    ...(message.usage ? { usage: message.usage } : {}),
    ...(message.simulation ? { simulation: message.simulation } : {}),
  };
}

let nextLocalId = 1;
/** Ids of messages that exist only in this window (optimistic sends, streamed replies, transport failures). */
export const localMessageId = (): string => `local-${nextLocalId++}`;

/**
 * A fresh chat session id for "New conversation": it must pass the contract's session-id rule (`[\w-]`, ≤ 64),
 * and sort roughly by creation time so the files stay in order on disk.
 */
export function newSessionId(now = Date.now(), random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  // Fixed-width time (9 base-36 digits last until the year 5188), so ids sort as text in creation order.
  return `s-${now.toString(36).padStart(9, '0')}-${tail}`;
}
