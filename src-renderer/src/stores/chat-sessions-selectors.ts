// Selectors of the chat sessions slice (chat-sessions-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

/** Whether the chat shows search results instead of the conversation. */
export const selectChatSearchActive = (s: StoreState) => s.chatSearch !== null;

// Fields and actions read as they are (an action is a stable reference).
export const selectChatLoading = (s: StoreState) => s.chatLoading;
export const selectChatSearch = (s: StoreState) => s.chatSearch;
export const selectClearChatSearch = (s: StoreState) => s.clearChatSearch;
export const selectNewConversation = (s: StoreState) => s.newConversation;
export const selectOpenSession = (s: StoreState) => s.openSession;
export const selectSearchChat = (s: StoreState) => s.searchChat;
export const selectSessions = (s: StoreState) => s.sessions;
