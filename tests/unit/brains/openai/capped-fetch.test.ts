// The model's HTTP body is counted while it arrives and the request aborted at the cap: a hostile server that never
// stops sending costs the cap, not its whole answer (issue 8, finding 9: a 30 MB reply peaked past 300 MB).
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cappedFetch,
  MAX_JSON_BODY_BYTES,
  MAX_STREAM_LINE_BYTES,
} from '../../../../src-main/brains/openai/capped-fetch';
import { ModelCallError } from '../../../../src-main/brains/openai/model-errors';

const PIECE = Buffer.alloc(64 * 1024, 'x');

interface Endless {
  url: string;
  /** Bytes the server managed to hand to its socket before the client closed it. */
  sent(): number;
  closed: Promise<void>;
  server: Server;
}

/** A server that answers `head`, then sends 64 KB pieces forever (until the client goes away). */
async function endless(type: string, head = '', headers: Record<string, string> = {}): Promise<Endless> {
  let sent = 0;
  let onClose!: () => void;
  const closed = new Promise<void>((resolve) => (onClose = resolve));
  const pump = (res: ServerResponse): void => {
    while (!res.destroyed && res.write(PIECE)) sent += PIECE.length;
    if (!res.destroyed) res.once('drain', () => pump(res));
  };
  const server = createServer((_req, res) => {
    res.on('close', onClose);
    res.on('error', () => undefined);
    res.writeHead(200, { 'content-type': type, ...headers });
    res.write(head);
    pump(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    sent: () => sent,
    closed,
    server,
  };
}

let open: Endless | undefined;
afterEach(async () => {
  const server = open?.server;
  open = undefined;
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function readAll(response: Response): Promise<unknown> {
  try {
    await response.text();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('cappedFetch', () => {
  it('a JSON body that never ends: cut at the byte cap, the request aborted', async () => {
    open = await endless('application/json', '{"choices":[{"message":{"content":"');
    const error = await readAll(await cappedFetch(open.url));
    expect(error).toBeInstanceOf(ModelCallError);
    expect((error as ModelCallError).kind).toBe('too_large');
    await open.closed; // the socket was closed by the client: the server stops sending
    // Only what was in flight when the cap was hit went past it (socket buffers), never the endless rest.
    expect(open.sent()).toBeLessThan(MAX_JSON_BODY_BYTES + 16 * 1024 * 1024);
  });

  it('a body declared larger than the cap is refused before a byte of it is read', async () => {
    open = await endless('application/json', '', { 'content-length': String(30 * 1024 * 1024) });
    await expect(cappedFetch(open.url)).rejects.toMatchObject({ kind: 'too_large' });
    await open.closed;
  });

  it('one stream event that never ends its line: cut at the line cap', async () => {
    open = await endless('text/event-stream', 'data: {"choices":[{"delta":{"content":"');
    const error = await readAll(await cappedFetch(open.url));
    expect((error as ModelCallError).kind).toBe('too_large');
    expect((error as ModelCallError).message).toMatch(/in one event/);
    await open.closed;
    expect(open.sent()).toBeLessThan(MAX_STREAM_LINE_BYTES + 16 * 1024 * 1024);
  });

  it('an ordinary answer passes through untouched', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await cappedFetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await response.json()).toEqual({ ok: true });
    } finally {
      server.close();
    }
  });
});
