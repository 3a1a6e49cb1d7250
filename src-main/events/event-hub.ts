// One typed event hub in main: services emit, every transport (Electron, WebSocket, CLI) subscribes.
import type { EventName } from '../../src-preload/contract/channels';
import type { EventMap } from '../../src-preload/contract/events';

export type EventListener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        /* a broken subscriber must not break the emitter or the others */
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
