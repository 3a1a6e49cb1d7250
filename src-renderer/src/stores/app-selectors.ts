// Selectors of the app slice (app-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectDismissNotice = (s: StoreState) => s.dismissNotice;
export const selectInfo = (s: StoreState) => s.info;
export const selectNotices = (s: StoreState) => s.notices;
export const selectNotify = (s: StoreState) => s.notify;
export const selectReportError = (s: StoreState) => s.reportError;
export const selectTransport = (s: StoreState) => s.transport;
