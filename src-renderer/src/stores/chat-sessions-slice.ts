// Chat sessions slice: the project's conversations (list, switch, new), the history loaded on open, and history search.
import type { ChatSessionSummary } from '../contract';
import { newSessionId, toMessageView, type ChatMessageView } from './chat-view';
import type { SliceCreator } from './types';

/** A history search: the query and its hits (newest first), or still running. */
export interface ChatSearchState {
  query: string;
  results: ChatMessageView[];
  searching: boolean;
}

export interface ChatSessionsSlice {
  /** Conversations of the open project, most recently active first. */
  sessions: ChatSessionSummary[];
  chatLoading: boolean;
  /** The history search on screen (null shows the conversation). */
  chatSearch: ChatSearchState | null;
  /** Loads the sessions and the latest conversation's history (the chat survives restarts). */
  loadChat(): Promise<void>;
  loadSessions(): Promise<void>;
  /** Shows another conversation; new messages go to it. */
  openSession(sessionId: string): Promise<void>;
  /** Starts an empty conversation (created on disk by its first message). */
  newConversation(): void;
  searchChat(query: string): Promise<void>;
  clearChatSearch(): void;
}

export const createChatSessionsSlice: SliceCreator<ChatSessionsSlice> = (set, get, api, scope) => {
  /** The open project's id, or null (every answer is dropped when the project changed meanwhile). */
  const openId = () => get().snapshot?.summary.id ?? null;

  return {
    ...scope.own({ sessions: [], chatLoading: false, chatSearch: null }),
    async loadChat() {
      const projectId = openId();
      if (!projectId) return;
      set({ chatLoading: true });
      const result = await api.invoke('chat:sessions', { projectId });
      if (openId() !== projectId) return;
      if (!result.ok) {
        set({ chatLoading: false });
        get().reportError(result.error);
        return;
      }
      set({ sessions: result.value });
      const latest = result.value[0];
      if (latest) await get().openSession(latest.id);
      set({ chatLoading: false });
    },
    async loadSessions() {
      const projectId = openId();
      if (!projectId) return;
      const result = await api.invoke('chat:sessions', { projectId });
      if (result.ok && openId() === projectId) set({ sessions: result.value });
    },
    async openSession(sessionId) {
      const projectId = openId();
      if (!projectId || get().chatSending) return;
      const result = await api.invoke('chat:history', { projectId, sessionId });
      if (openId() !== projectId) return;
      if (!result.ok) {
        get().reportError(result.error);
        return;
      }
      set({ sessionId, messages: result.value.map(toMessageView), chatSearch: null });
    },
    newConversation() {
      if (get().chatSending) return;
      set({ sessionId: newSessionId(), messages: [], chatSearch: null });
    },
    async searchChat(query) {
      const projectId = openId();
      const q = query.trim();
      if (!projectId) return;
      if (!q) {
        set({ chatSearch: null });
        return;
      }
      set({ chatSearch: { query: q, results: [], searching: true } });
      const result = await api.invoke('chat:search', { projectId, query: q.slice(0, 500) });
      // A newer search (or a cleared one) wins over this answer.
      if (openId() !== projectId || get().chatSearch?.query !== q) return;
      if (!result.ok) {
        set({ chatSearch: null });
        get().reportError(result.error);
        return;
      }
      set({ chatSearch: { query: q, results: result.value.map(toMessageView), searching: false } });
    },
    clearChatSearch() {
      set({ chatSearch: null });
    },
  };
};
