// Web mode: the built renderer over loopback HTTP and the handler table over a token-protected WebSocket.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { WireServerMessage } from '../../src-preload/contract/api';
import { dispatch } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/handler-table';
import type { EventHub } from '../events/event-hub';
import { createStaticHandler, parseRequestUrl } from './static-files';

export interface WebHostOptions {
  table: HandlerTable;
  events: EventHub;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; by default a random one per launch. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest message accepted from a client (imports travel as base64). */
const MAX_MESSAGE_BYTES = 300 * 1024 * 1024;

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const serveStatic = createStaticHandler(options.rendererDir);
  const server: Server = createServer((req, res) => {
    // A request handler must never throw: one bad request would end the process.
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = parseRequestUrl(request.url);
    const origin = request.headers.origin;
    const host = request.headers.host ?? '';
    // Only pages served by this host (or non-browser clients without an Origin) may connect.
    const originOk = !origin || origin === `http://${host}`;
    if (!url || url.pathname !== '/ws' || !sameToken(url.searchParams.get('token'), token) || !originOk) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => serveClient(ws, options));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Per-connection backpressure. A client may have this many requests being handled or answers not yet
 * written to its socket; at the limit, reading from it pauses until half have finished.
 */
export const MAX_IN_FLIGHT = 32;
/** Frames that still arrive after the pause (already buffered) are tolerated up to here; beyond, the client is cut off. */
export const MAX_IN_FLIGHT_HARD = 256;
/** Unsent bytes (answers and events a client does not read) above which the client is cut off. */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
/** Close code for a client that floods or does not read (RFC 6455 1008: policy violation). */
export const CLOSE_OVERLOADED = 1008;

/** Parses one frame of our protocol; anything else is null (ignored, never a crash). */
function parseInvoke(data: unknown): { id: number; channel: unknown; payload: unknown } | null {
  let message: unknown;
  try {
    message = JSON.parse(String(data));
  } catch {
    return null;
  }
  if (!message || typeof message !== 'object') return null;
  const m = message as { kind?: unknown; id?: unknown; channel?: unknown; payload?: unknown };
  if (m.kind !== 'invoke' || typeof m.id !== 'number') return null;
  return { id: m.id, channel: m.channel, payload: m.payload };
}

function serveClient(ws: WebSocket, options: WebHostOptions): void {
  let inFlight = 0;
  let cutOff = false;
  const overloaded = (why: string): void => {
    if (cutOff) return;
    cutOff = true;
    ws.close(CLOSE_OVERLOADED, why.slice(0, 120));
    // A client that does not read will not complete the closing handshake either.
    setTimeout(() => ws.terminate(), 1_000).unref();
  };
  const settle = (): void => {
    inFlight -= 1;
    if (ws.isPaused && inFlight <= MAX_IN_FLIGHT / 2) ws.resume();
  };
  const send = (message: WireServerMessage, onWritten?: () => void): void => {
    if (ws.readyState !== ws.OPEN || cutOff) return onWritten?.();
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      overloaded('Too much unread data: the client does not read its answers.');
      return onWritten?.();
    }
    ws.send(JSON.stringify(message), () => onWritten?.());
  };
  const unsubscribe = options.events.subscribe((event, payload) => send({ kind: 'event', event, payload }));
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    const message = parseInvoke(data);
    if (!message || cutOff) return;
    if (inFlight >= MAX_IN_FLIGHT_HARD) {
      overloaded(`More than ${MAX_IN_FLIGHT_HARD} requests in flight on one connection.`);
      return;
    }
    inFlight += 1;
    if (inFlight >= MAX_IN_FLIGHT && !ws.isPaused) ws.pause();
    void dispatch(options.table, message.channel, message.payload, { transport: 'web' }).then(
      (result) => send({ kind: 'result', id: message.id, result }, settle),
      // dispatch never throws; this keeps the count right if that ever changes.
      () => settle(),
    );
  });
}
