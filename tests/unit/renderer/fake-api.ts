// A scripted StoryloomApi for the renderer's store tests: answers per channel, records calls, lets tests push events.
import type { Channel, EventMap, EventName, Result, StoryloomApi } from '../../../src-preload/contract';

export type Answer = (request: unknown) => Result<unknown> | Promise<Result<unknown>>;

export function fakeApi(answers: Partial<Record<Channel, Answer>>) {
  const calls: { channel: Channel; request: unknown }[] = [];
  const listeners = new Map<EventName, ((p: unknown) => void)[]>();
  const api: StoryloomApi = {
    invoke: (async (channel: Channel, request: unknown) => {
      calls.push({ channel, request });
      const answer = answers[channel];
      return answer ? answer(request) : { ok: false, error: { code: 'NOT_SCRIPTED', message: channel } };
    }) as StoryloomApi['invoke'],
    on: ((event: EventName, listener: (p: unknown) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener),
        );
    }) as StoryloomApi['on'],
  };
  const emit = <E extends EventName>(event: E, payload: EventMap[E]) =>
    (listeners.get(event) ?? []).forEach((l) => l(payload));
  return { api, calls, emit };
}

/** A promise the test resolves when it chooses (to look at the store while a call is in flight). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((r) => setTimeout(r, 0));
