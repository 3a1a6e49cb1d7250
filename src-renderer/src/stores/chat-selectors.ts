// Selectors of the chat slice (chat-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectActiveRunId = (s: StoreState) => s.activeRunId;
export const selectCancelRun = (s: StoreState) => s.cancelRun;
export const selectChatDraft = (s: StoreState) => s.chatDraft;
export const selectChatSending = (s: StoreState) => s.chatSending;
export const selectMessages = (s: StoreState) => s.messages;
export const selectProposeMessage = (s: StoreState) => s.proposeMessage;
export const selectSendMessage = (s: StoreState) => s.sendMessage;
export const selectSessionId = (s: StoreState) => s.sessionId;
