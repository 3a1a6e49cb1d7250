// Web mode: the built renderer over loopback HTTP and the handler table over a token-protected WebSocket.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { WireServerMessage } from '../../src-preload/contract/api';
import { dispatch } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/handler-table';
import type { EventHub } from '../ipc/event-hub';
import { createStaticHandler } from './static-files';

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
  const server: Server = createServer((req, res) => void serveStatic(req, res));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const origin = request.headers.origin;
    const host = request.headers.host ?? '';
    // Only pages served by this host (or non-browser clients without an Origin) may connect.
    const originOk = !origin || origin === `http://${host}`;
    if (url.pathname !== '/ws' || !sameToken(url.searchParams.get('token'), token) || !originOk) {
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

function serveClient(ws: WebSocket, options: WebHostOptions): void {
  const send = (message: WireServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = options.events.subscribe((event, payload) => send({ kind: 'event', event, payload }));
  ws.on('close', unsubscribe);
  ws.on('message', async (data) => {
    let message: { kind?: unknown; id?: unknown; channel?: unknown; payload?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      return; // Not our protocol: ignore rather than crash.
    }
    if (!message || message.kind !== 'invoke' || typeof message.id !== 'number') return;
    const result = await dispatch(options.table, message.channel, message.payload, { transport: 'web' });
    send({ kind: 'result', id: message.id, result });
  });
}
