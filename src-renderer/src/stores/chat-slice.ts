// Chat slice: the open conversation's messages, sending a turn through `chat:send`, streamed tokens and cancelling a run.
import type { ChatTurnResult } from '../contract';
import { localMessageId, toMessageView, type ChatMessageView } from './chat-view';
import type { SliceCreator } from './types';

export type { ChatMessageView } from './chat-view';

export interface ChatSlice {
  messages: ChatMessageView[];
  /** A turn is on its way (the input waits; the run status shows the stage and Cancel). */
  chatSending: boolean;
  /** The conversation new messages go to; null until the first message or a loaded history picks one. */
  sessionId: string | null;
  /** The agent run answering the message being sent, once `run_started` named it (Cancel targets it). */
  activeRunId: string | null;
  /** Sends a user message (typed, or a clicked choice's command) and appends the persisted turn. */
  sendMessage(text: string): Promise<void>;
  /**
   * A suggestion the user clicked, waiting in the message box: suggestions never act by themselves, the
   * user reads (and may edit) the command and sends it. `request` changes on every click.
   */
  chatDraft: { text: string; request: number } | null;
  /** Puts a suggestion's command in the message box (and focuses it) instead of sending it. */
  proposeMessage(text: string): void;
  /** Asks main to cancel the active run; the turn then answers with a cancelled message. */
  cancelRun(): Promise<void>;
  /** Adopts a run that started for the open project while a message is being sent. */
  noteRunStarted(runId: string, projectId: string): void;
  /** Appends streamed tokens to the assistant message of a run (creating it on the first token). */
  appendRunTokens(runId: string, text: string): void;
  /** Marks a run's streaming message as finished, failed or cancelled. */
  finishRunMessage(runId: string, status: 'done' | 'failed' | 'cancelled'): void;
}

/** Replaces the optimistic user message and any streamed reply of the run with the persisted turn. */
function mergeTurn(messages: ChatMessageView[], localId: string, turn: ChatTurnResult): ChatMessageView[] {
  const persisted = turn.messages.map(toMessageView);
  const ids = new Set(persisted.map((m) => m.id));
  const kept = messages.filter(
    (m) => m.id !== localId && !ids.has(m.id) && !(m.runId === turn.runId && m.role === 'assistant'),
  );
  return [...kept, ...persisted];
}

export const createChatSlice: SliceCreator<ChatSlice> = (set, get, api, scope) => ({
  ...scope.own({ messages: [], chatSending: false, sessionId: null, activeRunId: null, chatDraft: null }),
  proposeMessage(text) {
    set((s) => ({ chatDraft: { text, request: (s.chatDraft?.request ?? 0) + 1 } }));
  },
  async sendMessage(text) {
    const content = text.trim();
    const snapshot = get().snapshot;
    if (!content || !snapshot || get().chatSending) return;
    const projectId = snapshot.summary.id;
    const sessionId = get().sessionId;
    const local: ChatMessageView = {
      id: localMessageId(),
      role: 'user',
      content,
      status: 'pending',
      at: new Date().toISOString(),
    };
    set((s) => ({ messages: [...s.messages, local], chatSending: true, activeRunId: null }));
    const result = await api.invoke('chat:send', {
      projectId,
      text: content,
      ...(sessionId ? { sessionId } : {}),
    });
    // The user may have closed the project or switched conversations meanwhile: the turn is saved, just not shown here.
    const stillHere = get().snapshot?.summary.id === projectId && get().sessionId === sessionId;
    if (!stillHere) {
      set({ chatSending: false, activeRunId: null });
      return;
    }
    if (result.ok) {
      set((s) => ({
        // Notices (a model fell back to the offline engine) come with the persisted reply, so a reload keeps them.
        messages: mergeTurn(s.messages, local.id, result.value),
        sessionId: result.value.sessionId,
        chatSending: false,
        activeRunId: null,
      }));
      // A scene this turn played is in its reply from now on: it no longer shows as playing.
      get().endLiveScene(result.value.runId);
      void get().loadSessions();
      if (result.value.pipelineRunId) get().trackPipelineRun(result.value.pipelineRunId);
      return;
    }
    const failedRun = get().activeRunId;
    const failure: ChatMessageView = {
      id: localMessageId(),
      role: 'system',
      content: result.error.message,
      status: 'failed',
      at: new Date().toISOString(),
      error: {
        code: result.error.code,
        message: result.error.message,
        ...(result.error.remedy ? { remedy: result.error.remedy } : {}),
      },
      choices: [{ label: 'Try again', command: content }],
    };
    set((s) => ({
      messages: [
        ...s.messages.map((m) => (m.id === local.id ? { ...m, status: 'failed' as const } : m)),
        failure,
      ],
      chatSending: false,
      activeRunId: null,
    }));
    if (failedRun) get().endLiveScene(failedRun);
  },
  async cancelRun() {
    const runId = get().activeRunId;
    if (!runId) return;
    const result = await api.invoke('agent:cancel', { runId });
    if (!result.ok) get().reportError(result.error);
  },
  noteRunStarted(runId, projectId) {
    if (get().chatSending && !get().activeRunId && get().snapshot?.summary.id === projectId)
      set({ activeRunId: runId });
  },
  appendRunTokens(runId, text) {
    set((s) => {
      const index = s.messages.findIndex((m) => m.runId === runId && m.role === 'assistant');
      if (index < 0) {
        const message: ChatMessageView = {
          id: localMessageId(),
          role: 'assistant',
          content: text,
          status: 'streaming',
          at: new Date().toISOString(),
          runId,
        };
        return { messages: [...s.messages, message] };
      }
      const messages = s.messages.slice();
      const current = messages[index]!;
      messages[index] = { ...current, content: current.content + text };
      return { messages };
    });
  },
  finishRunMessage(runId, status) {
    set((s) => ({
      messages: s.messages.map((m) => (m.runId === runId && m.status === 'streaming' ? { ...m, status } : m)),
    }));
  },
});
