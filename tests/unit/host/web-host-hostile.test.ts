// The web host against hostile clients: malformed URLs never end the process, and a flooding client is bounded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HandlerTable } from '../../../src-main/ipc/handler-table';
import { EventHub } from '../../../src-main/events/event-hub';
import {
  CLOSE_OVERLOADED,
  MAX_IN_FLIGHT_HARD,
  startWebHost,
  type WebHost,
} from '../../../src-main/host/web-host';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

let host: WebHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
  removeTempDirs();
});

function rendererDir(): string {
  const dir = makeTempDir('storyloom-renderer-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Storyloom</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

/** Sends a raw request line (no URL normalisation by a client library) and returns the status code. */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const listTable = (list: () => Promise<unknown>) => ({ 'project:list': list }) as unknown as HandlerTable;

describe('web host: hostile HTTP requests (issue 8, finding 2)', () => {
  it('GET /%ff, //[ and other malformed URLs get a 4xx and the host keeps serving', async () => {
    host = await startWebHost({
      table: listTable(async () => []),
      events: new EventHub(),
      rendererDir: rendererDir(),
    });
    const statuses: Record<string, number> = {};
    for (const path of ['/%ff', '//[', '/%', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd', '/a%00b', '/assets']) {
      statuses[path] = await rawGet(host.port, path);
    }
    expect(statuses).toEqual({
      '/%ff': 400,
      '//[': 400,
      '/%': 400,
      '/%E0%A4%A': 400,
      '/..%2f..%2fetc%2fpasswd': 403,
      '/a%00b': 400,
      '/assets': 404,
    });
    expect(await rawGet(host.port, '/assets/app.js')).toBe(200);
    expect(await rawGet(host.port, '/')).toBe(200);
  });
});

describe('web host: per-connection backpressure (issue 8, finding 10)', () => {
  it('a client flooding 20,000 frames never has more than the hard limit of requests in flight, and is cut off', async () => {
    let running = 0;
    let peak = 0;
    const gate: Array<() => void> = [];
    host = await startWebHost({
      table: listTable(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gate.push(resolve));
        running -= 1;
        return [];
      }),
      events: new EventHub(),
      rendererDir: rendererDir(),
      token: 'test-token',
    });
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=test-token`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const frame = (id: number) =>
      JSON.stringify({ kind: 'invoke', id, channel: 'project:list', payload: {} });
    for (let id = 1; id <= 20_000; id++) ws.send(frame(id));
    const code = await closed;
    for (const release of gate.splice(0)) release();
    expect(code).toBe(CLOSE_OVERLOADED);
    expect(peak).toBeLessThanOrEqual(MAX_IN_FLIGHT_HARD);
    // The host still serves the next client.
    expect(await rawGet(host.port, '/')).toBe(200);
  });

  it('a client that reads its answers gets every one of 2,000 pipelined requests answered', async () => {
    host = await startWebHost({
      table: listTable(async () => []),
      events: new EventHub(),
      rendererDir: rendererDir(),
      token: 'test-token',
    });
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=test-token`);
    await new Promise((resolve) => ws.once('open', resolve));
    const answered = new Set<number>();
    const all = new Promise<void>((resolve) => {
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { kind: string; id: number; result: { ok: boolean } };
        if (message.kind === 'result' && message.result.ok) answered.add(message.id);
        if (answered.size === 2_000) resolve();
      });
    });
    // Sent in bursts below the hard limit, as a real client with a bounded queue would.
    for (let id = 1; id <= 2_000; id++) {
      ws.send(JSON.stringify({ kind: 'invoke', id, channel: 'project:list', payload: {} }));
      if (id % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await all;
    ws.close();
    expect(answered.size).toBe(2_000);
  });
});
