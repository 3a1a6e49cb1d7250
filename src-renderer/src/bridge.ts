// The only module that touches `window.storyloom`: picks the Electron preload api or the web-mode WebSocket api.
import type { StoryloomApi } from './contract';
import { createWebSocketApi, type TransportStatus } from './web-socket-api';

declare global {
  interface Window {
    storyloom?: StoryloomApi;
  }
}

/** Reads the access token from `?token=…` or `#token=…` of the page URL. */
export function readToken(href: string): string | null {
  const url = new URL(href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, '')).get('token');
  return fromHash || null;
}

/** The api plus a connection-status feed (always "open" in Electron, where IPC cannot drop). */
export interface Bridge {
  api: StoryloomApi;
  onStatus(listener: (status: TransportStatus) => void): () => void;
}

/** Creates the bridge once, at startup. */
export function createBridge(): Bridge {
  const preload = window.storyloom;
  if (preload) {
    return {
      api: preload,
      onStatus: (listener) => {
        listener('open');
        return () => undefined;
      },
    };
  }
  const token = readToken(window.location.href);
  const url = token ? `ws://${window.location.host}/ws?token=${encodeURIComponent(token)}` : null;
  const ws = createWebSocketApi({ url });
  return { api: ws, onStatus: (listener) => ws.onStatus(listener) };
}

export type { TransportStatus };
