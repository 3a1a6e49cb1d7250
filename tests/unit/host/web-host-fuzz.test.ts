// Fuzz of the web host (loopback only, seeded): 10,000 random and malformed HTTP requests and WebSocket frames;
// the host must answer each request with a status line and still serve the app and the handler table afterwards.
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EventHub } from '../../../src-main/events/event-hub';
import type { HandlerTable } from '../../../src-main/ipc/handler-table';
import { startWebHost, type WebHost } from '../../../src-main/host/web-host';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const SEED = 20261203;
const HTTP_REQUESTS = 10_000;
const WS_FRAMES = 3_000;

let host: WebHost;

beforeAll(async () => {
  const dir = makeTempDir('storyloom-fuzz-renderer-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Storyloom</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({
    table: { 'project:list': async () => [] } as unknown as HandlerTable,
    events: new EventHub(),
    rendererDir: dir,
    token: 'fuzz-token',
  });
});
afterAll(async () => {
  await host?.close();
  removeTempDirs();
});

/** Hostile request targets: random text, random bytes, percent soup, bracket hosts, traversal. */
const target = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => `/${s}`),
  fc.uint8Array({ maxLength: 40 }).map((b) => `/${Buffer.from(b).toString('latin1')}`),
  fc
    .array(
      fc.constantFrom('%', '%ff', '%00', '%2e%2e', '%2f', '..', '//', '[', ']', '@', '?', '#', 'a', '\\\\'),
      {
        maxLength: 12,
      },
    )
    .map((parts) => `/${parts.join('')}`),
  fc.constantFrom('//[', '/%ff', '*', 'http://[::1', '/ws?token=', '/ws', '', ' '),
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'BREW', 'G\u00ffT');

/** Sends one raw request over its own socket; resolves with the status code, or 0 when the host closed it. */
function rawRequest(line: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(host.port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      if (data.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => undefined);
    // write, not end: a half-closed socket is closed by the server before an async answer is written.
    socket.write(Buffer.from(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1'));
  });
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe('web host fuzz (issue 8 acceptance: survives ≥ 10,000 hostile requests)', () => {
  it(
    'answers 10,000 random/malformed HTTP requests with a status, never a 5xx, and keeps serving',
    { timeout: 240_000 },
    async () => {
      const requests = fc.sample(fc.tuple(method, target), { seed: SEED, numRuns: HTTP_REQUESTS });
      const statuses = new Map<number, number>();
      await pool(requests, 24, async ([m, t]) => {
        const status = await rawRequest(`${m} ${t} HTTP/1.1`);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(HTTP_REQUESTS);
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(await rawRequest('GET / HTTP/1.1')).toBe(200);
    },
  );

  it(
    'survives 3,000 random and malformed WebSocket frames and still answers a valid call',
    { timeout: 120_000 },
    async () => {
      const frames = fc.sample(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc
            .record({
              kind: fc.constantFrom('invoke', 'x'),
              id: fc.oneof(fc.integer(), fc.string()),
              channel: fc.oneof(
                fc.string(),
                fc.constantFrom('project:list', 'chat:send', '__proto__', 'constructor'),
              ),
              payload: fc.anything(),
            })
            .map((v) => JSON.stringify(v)),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
        ),
        { seed: SEED, numRuns: WS_FRAMES },
      );
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=fuzz-token`);
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      for (const [k, frame] of frames.entries()) {
        ws.send(frame);
        if (k % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const answer = new Promise<{ ok: boolean }>((resolve) =>
        ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as { id: unknown; result: { ok: boolean } };
          if (message.id === 987654321) resolve(message.result);
        }),
      );
      ws.send(JSON.stringify({ kind: 'invoke', id: 987654321, channel: 'project:list', payload: {} }));
      expect(await answer).toEqual({ ok: true, value: [] });
      ws.close();
      expect(await rawRequest('GET / HTTP/1.1')).toBe(200);
    },
  );
});
