// The shape of `window.storyloom` (Electron preload) and of the web bridge: typed verbs and subscriptions.
import type { Channel, EventName } from './channels';
import type { EventMap } from './events';
import type { RequestOf } from './requests';
import type { ResponseOf } from './responses';
import type { Result } from './result';

export interface StoryloomApi {
  /** Calls a main-process verb; always resolves with a Result (never throws across the boundary). */
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Subscribes to a main-process event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** Web-mode wire protocol over the loopback WebSocket (`/ws?token=…`). */
export type WireClientMessage = { kind: 'invoke'; id: number; channel: string; payload: unknown };
export type WireServerMessage =
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: EventName; payload: unknown };
