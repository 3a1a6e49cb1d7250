// Unit tests of the web-mode WebSocket transport: queueing, result matching, events, drops, reconnect, timeouts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebSocketApi, type SocketLike } from '../../../src-renderer/src/web-socket-api';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

describe('createWebSocketApi', () => {
  afterEach(() => vi.useRealTimers());

  it('queues calls until open, then matches results by id', async () => {
    const sockets: FakeSocket[] = [];
    const api = createWebSocketApi({
      url: 'ws://x/ws?token=t',
      createSocket: () => (sockets.push(new FakeSocket()), sockets.at(-1)!),
    });
    const pending = api.invoke('project:list', {});
    expect(sockets[0]!.sent).toEqual([]);
    sockets[0]!.open();
    const wire = JSON.parse(sockets[0]!.sent[0]!);
    expect(wire).toMatchObject({ kind: 'invoke', channel: 'project:list', payload: {} });
    sockets[0]!.reply({ kind: 'result', id: wire.id, result: { ok: true, value: [] } });
    await expect(pending).resolves.toEqual({ ok: true, value: [] });
    api.close();
  });

  it('dispatches pushed events to subscribers and stops after unsubscribe', () => {
    const socket = new FakeSocket();
    const api = createWebSocketApi({ url: 'ws://x', createSocket: () => socket });
    socket.open();
    const seen: string[] = [];
    const off = api.on('project:listChanged', (p) => seen.push(p.reason));
    socket.reply({ kind: 'event', event: 'project:listChanged', payload: { reason: 'created' } });
    off();
    socket.reply({ kind: 'event', event: 'project:listChanged', payload: { reason: 'deleted' } });
    expect(seen).toEqual(['created']);
    api.close();
  });

  it('turns a dropped connection into TRANSPORT_CLOSED results and reconnects with backoff', async () => {
    vi.useFakeTimers();
    const sockets: FakeSocket[] = [];
    const api = createWebSocketApi({
      url: 'ws://x',
      createSocket: () => (sockets.push(new FakeSocket()), sockets.at(-1)!),
    });
    const statuses: string[] = [];
    api.onStatus((s) => statuses.push(s));
    sockets[0]!.open();
    const pending = api.invoke('app:info', {});
    sockets[0]!.drop();
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('TRANSPORT_CLOSED');
      expect(result.error.remedy).toBeTruthy();
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(sockets).toHaveLength(2);
    expect(statuses).toEqual(['connecting', 'open', 'closed', 'connecting']);
    api.close();
  });

  it('fails fast with a remedy when the page has no token', async () => {
    const api = createWebSocketApi({ url: null, createSocket: () => new FakeSocket() });
    const result = await api.invoke('project:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TRANSPORT_CLOSED' } });
  });

  it('fails a queued call after the queue timeout when the host never answers', async () => {
    vi.useFakeTimers();
    const api = createWebSocketApi({
      url: 'ws://x',
      createSocket: () => new FakeSocket(),
      queueTimeoutMs: 1000,
    });
    const pending = api.invoke('project:list', {});
    await vi.advanceTimersByTimeAsync(1001);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'TRANSPORT_CLOSED' } });
    api.close();
  });
});
