// Web-mode transport: the StoryloomApi over the host's loopback WebSocket (queue until open, reconnect, never throw).
import type {
  AppError,
  Channel,
  EventMap,
  EventName,
  Result,
  StoryloomApi,
  WireClientMessage,
  WireServerMessage,
} from './contract';

/** Connection state, shown in the UI so a dropped host is visible rather than silent. */
export type TransportStatus = 'connecting' | 'open' | 'closed';

/** The minimal WebSocket surface we use (lets tests pass a fake). */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export interface WebSocketApiOptions {
  url: string | null;
  createSocket?: (url: string) => SocketLike;
  /** How long a call may wait for a connection before it fails (ms). */
  queueTimeoutMs?: number;
  maxBackoffMs?: number;
}

export interface WebSocketApi extends StoryloomApi {
  onStatus(listener: (status: TransportStatus) => void): () => void;
  close(): void;
}

const OPEN = 1;

function transportError(message: string, remedy: string): Result<never> {
  const error: AppError = { code: 'TRANSPORT_CLOSED', message, remedy };
  return { ok: false, error };
}

interface Pending {
  id: number;
  message: string;
  resolve: (result: Result<unknown>) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** Creates the WebSocket-backed api. With no URL (no token) every call fails with a remedy instead of hanging. */
export function createWebSocketApi(options: WebSocketApiOptions): WebSocketApi {
  // Through globalThis so this module also type-checks (and is unit-tested) outside a DOM.
  const BrowserSocket = (globalThis as unknown as { WebSocket: new (url: string) => SocketLike }).WebSocket;
  const createSocket = options.createSocket ?? ((url: string) => new BrowserSocket(url));
  const queueTimeoutMs = options.queueTimeoutMs ?? 15_000;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const queued: Pending[] = [];
  const inFlight = new Map<number, Pending>();
  let socket: SocketLike | null = null;
  let nextId = 1;
  let attempt = 0;
  let closedForGood = false;
  let status: TransportStatus = 'connecting';

  const setStatus = (next: TransportStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  const flush = () => {
    while (socket && socket.readyState === OPEN && queued.length > 0) {
      const call = queued.shift()!;
      if (call.timer) clearTimeout(call.timer);
      inFlight.set(call.id, call);
      socket.send(call.message);
    }
  };

  const failInFlight = () => {
    for (const call of inFlight.values()) {
      call.resolve(
        transportError(
          'The connection to Storyloom closed before it answered.',
          'Check that `storyloom serve` is still running, then try again.',
        ),
      );
    }
    inFlight.clear();
  };

  const onMessage = (raw: unknown) => {
    let message: WireServerMessage;
    try {
      message = JSON.parse(String(raw)) as WireServerMessage;
    } catch {
      return; // A garbled frame is dropped; the matching call will fail on close or stay pending until reconnect.
    }
    if (message.kind === 'result') {
      const call = inFlight.get(message.id);
      if (!call) return;
      inFlight.delete(message.id);
      call.resolve(message.result);
    } else if (message.kind === 'event') {
      for (const listener of listeners.get(message.event) ?? [])
        (listener as (payload: unknown) => void)(message.payload);
    }
  };

  const connect = () => {
    if (closedForGood || !options.url) return;
    setStatus('connecting');
    const ws = createSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus('open');
      flush();
    };
    ws.onmessage = (ev) => onMessage(ev.data);
    ws.onerror = () => undefined; // onclose follows and handles it.
    ws.onclose = () => {
      if (socket === ws) socket = null;
      failInFlight();
      setStatus('closed');
      if (closedForGood) return;
      const delay = Math.min(maxBackoffMs, 250 * 2 ** attempt++);
      setTimeout(connect, delay);
    };
  };

  connect();
  if (!options.url) setStatus('closed');

  return {
    invoke<C extends Channel>(channel: C, request: unknown): Promise<Result<never>> {
      if (!options.url) {
        return Promise.resolve(
          transportError(
            'This page has no access token, so it cannot reach Storyloom.',
            'Open the full URL printed by `storyloom serve` (it ends with ?token=…).',
          ),
        );
      }
      if (closedForGood)
        return Promise.resolve(transportError('The connection was closed.', 'Reload the page.'));
      return new Promise((resolve) => {
        const id = nextId++;
        const wire: WireClientMessage = { kind: 'invoke', id, channel, payload: request };
        const call: Pending = {
          id,
          message: JSON.stringify(wire),
          resolve: resolve as (r: Result<unknown>) => void,
        };
        call.timer = setTimeout(() => {
          const index = queued.indexOf(call);
          if (index < 0) return;
          queued.splice(index, 1);
          call.resolve(
            transportError(
              'Storyloom is not reachable right now.',
              'Check that `storyloom serve` is running; the page reconnects by itself.',
            ),
          );
        }, queueTimeoutMs);
        queued.push(call);
        flush();
      }) as Promise<Result<never>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
    close() {
      closedForGood = true;
      socket?.close();
      failInFlight();
    },
  };
}
