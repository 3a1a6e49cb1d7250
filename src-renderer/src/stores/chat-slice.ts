// Chat slice: the messages of the open project's conversation, the send action, and streamed agent tokens.
import type { SliceCreator } from './types';

export interface ChatMessageView {
  id: string;
  role: 'user' | 'assistant' | 'system';
  content: string;
  status: 'pending' | 'streaming' | 'done' | 'failed';
  at: string;
  runId?: string;
}

export interface ChatSlice {
  messages: ChatMessageView[];
  chatSending: boolean;
  /** Sends a user message. Until the contract has `chat:send`, it says so in the conversation instead of pretending. */
  sendMessage(text: string): Promise<void>;
  /** Appends streamed tokens to the assistant message of a run (creating it on the first token). */
  appendRunTokens(runId: string, text: string): void;
  /** Marks a run's streaming message as finished or failed. */
  finishRunMessage(runId: string, failed: boolean): void;
  clearChat(): void;
}

let nextLocalId = 1;
const localId = () => `local-${nextLocalId++}`;

export const createChatSlice: SliceCreator<ChatSlice> = (set, get) => ({
  messages: [],
  chatSending: false,
  async sendMessage(text) {
    const content = text.trim();
    if (!content || !get().snapshot) return;
    const at = new Date().toISOString();
    const user: ChatMessageView = { id: localId(), role: 'user', content, status: 'done', at };
    const notice: ChatMessageView = {
      id: localId(),
      role: 'system',
      content: 'The conversation feature is not part of this build yet, so the agents did not receive this message.',
      status: 'failed',
      at,
    };
    set((s) => ({ messages: [...s.messages, user, notice] }));
  },
  appendRunTokens(runId, text) {
    set((s) => {
      const index = s.messages.findIndex((m) => m.runId === runId && m.role === 'assistant');
      if (index < 0) {
        const message: ChatMessageView = { id: localId(), role: 'assistant', content: text, status: 'streaming', at: new Date().toISOString(), runId };
        return { messages: [...s.messages, message] };
      }
      const messages = s.messages.slice();
      const current = messages[index]!;
      messages[index] = { ...current, content: current.content + text };
      return { messages };
    });
  },
  finishRunMessage(runId, failed) {
    set((s) => ({
      messages: s.messages.map((m) => (m.runId === runId && m.status === 'streaming' ? { ...m, status: failed ? 'failed' : 'done' } : m)),
    }));
  },
  clearChat() {
    set({ messages: [], chatSending: false });
  },
});
