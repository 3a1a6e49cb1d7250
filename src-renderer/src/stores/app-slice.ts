// App slice: app info, connection status and the notices (errors with remedies, confirmations) the alert region shows.
import type { AppError, AppInfo } from '../contract';
import type { TransportStatus } from '../web-socket-api';
import type { SliceCreator } from './types';

/** One message for the user: errors stay until dismissed, infos are confirmations. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  remedy?: string;
  code?: string;
}

export interface AppSlice {
  info: AppInfo | null;
  transport: TransportStatus;
  notices: Notice[];
  loadInfo(): Promise<void>;
  /** Shows an error from a Result (message + remedy). */
  reportError(error: AppError): void;
  /** Shows a short confirmation ("Exported …"). */
  notify(message: string): void;
  dismissNotice(id: number): void;
  setTransport(status: TransportStatus): void;
}

const MAX_NOTICES = 6;
const INFO_TTL_MS = 6_000;
let nextNoticeId = 1;

export const createAppSlice: SliceCreator<AppSlice> = (set, get, api) => ({
  info: null,
  transport: 'connecting',
  notices: [],
  async loadInfo() {
    const result = await api.invoke('app:info', {});
    if (result.ok) set({ info: result.value });
    else get().reportError(result.error);
  },
  reportError(error) {
    const notice: Notice = {
      id: nextNoticeId++,
      kind: 'error',
      message: error.message,
      code: error.code,
      ...(error.remedy ? { remedy: error.remedy } : {}),
    };
    set((s) => ({ notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  },
  notify(message) {
    const notice: Notice = { id: nextNoticeId++, kind: 'info', message };
    set((s) => ({ notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
    // Confirmations fade on their own; errors stay until the user has read and dismissed them.
    setTimeout(() => get().dismissNotice(notice.id), INFO_TTL_MS);
  },
  dismissNotice(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
  setTransport(status) {
    set({ transport: status });
  },
});
