// Soak: many mixed chat turns through the web host (WebSocket) with the offline engine. Memory stays flat, no turn
// errors, the project validates at the end and undo/redo history is consistent. CI runs the acceptance size, 2,000
// turns (issue 8; ~35 s of CPU, 102 s of wall time on a 2-core machine at load 19); STORYLOOM_SOAK_TURNS overrides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { startWebHost } from '../../../src-main/host/web-host';
import { createHandlerTable } from '../../../src-main/ipc/handlers';
import { createServices } from '../../../src-main/services';
import { decodeProjectText } from '../../../src-main/store/project-file-codec';
import { makeMemoryTempDir, makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const TURNS = Number(process.env.STORYLOOM_SOAK_TURNS ?? 2000);
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sel', 'dan', 'ori', 'bex'];

afterAll(removeTempDirs);

/** A unique, name-like word for turn `i` ("Kalo", "Mira"…). */
function nameFor(i: number): string {
  let n = i + 11;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

function messageFor(i: number): string {
  switch (i % 6) {
    case 0:
      return `Create a character named ${nameFor(i)}, 30, pilot`;
    case 1:
      return 'make her 45';
    case 2:
      return 'who are the main characters?';
    case 3:
      return 'undo';
    case 4:
      return `Create a location called ${nameFor(i)} Harbour`;
    default:
      return 'what should I do next?';
  }
}

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return den ? num / den : 0;
}

describe('web host soak', () => {
  it(
    `${TURNS} mixed chat turns over the WebSocket: no errors, flat memory, valid project, consistent undo/redo`,
    { timeout: 300_000 },
    async () => {
      // In memory where possible: the soak is about memory, errors and history, not fsync latency (kill tests cover it).
      const root = makeMemoryTempDir('storyloom-soak-');
      const services = createServices({
        root,
        transport: 'web',
        brain: offlineBrain,
        appDir: makeTempDir('storyloom-app-'),
      });
      const host = await startWebHost({
        table: createHandlerTable(services),
        events: services.events,
        rendererDir: makeTempDir('storyloom-no-renderer-'),
        token: 'soak',
      });
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=soak`);
      await new Promise((resolve) => ws.once('open', resolve));
      const pending = new Map<number, (result: { ok: boolean; value?: unknown; error?: unknown }) => void>();
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { kind: string; id: number; result: { ok: boolean } };
        if (message.kind === 'result') pending.get(message.id)?.(message.result);
      });
      let nextId = 1;
      const call = <T>(channel: string, payload: unknown): Promise<T> =>
        new Promise((resolve, reject) => {
          const id = nextId++;
          pending.set(id, (result) => {
            pending.delete(id);
            if (result.ok) resolve(result.value as T);
            else reject(new Error(`${channel}: ${JSON.stringify(result.error)}`));
          });
          ws.send(JSON.stringify({ kind: 'invoke', id, channel, payload }));
        });

      const project = await call<{ id: string; path: string }>('project:create', {
        name: 'Soak',
        kind: 'short-film',
      });
      await call('project:open', { projectId: project.id });
      const failures: string[] = [];
      const samples: Array<[number, number]> = [];
      const started = Date.now();
      for (let i = 0; i < TURNS; i++) {
        const turn = await call<{ messages: { status: string; error?: { code: string } }[] }>('chat:send', {
          projectId: project.id,
          text: messageFor(i),
        });
        const failed = turn.messages.find((m) => m.status === 'failed');
        if (failed) failures.push(`${i} "${messageFor(i)}": ${failed.error?.code}`);
        if (i % 25 === 0) samples.push([i, process.memoryUsage().heapUsed / 1024 / 1024]);
      }
      const elapsed = Date.now() - started;
      // Memory: the slope over the second half (after warm-up), in MB per 1,000 turns.
      const late = samples.slice(Math.floor(samples.length / 2));
      const mbPer1000 = slope(late) * 1000;
      console.log(
        `soak: ${TURNS} turns in ${elapsed} ms (${(elapsed / TURNS).toFixed(1)} ms/turn); heap slope ${mbPer1000.toFixed(1)} MB per 1,000 turns (second half); heap ${samples.at(-1)![1].toFixed(0)} MB at the end`,
      );
      expect(failures).toEqual([]);
      expect(mbPer1000).toBeLessThan(200);

      // Undo/redo consistency: undo everything the history holds, redo it all, and the entities are as before.
      const before = (
        await call<{ file: { entities: unknown; history: { undo: unknown[] } } }>('project:open', {
          projectId: project.id,
        })
      ).file;
      const depth = before.history.undo.length;
      for (let k = 0; k < depth; k++) await call('history:undo', { projectId: project.id });
      for (let k = 0; k < depth; k++) await call('history:redo', { projectId: project.id });
      const after = (await call<{ file: { entities: unknown } }>('project:open', { projectId: project.id }))
        .file;
      expect(after.entities).toEqual(before.entities);

      ws.close();
      await host.close();
      await services.shutdown();
      // The saved project validates with the same codec that opens it.
      const text = readFileSync(join(project.path, 'project.json'), 'utf8');
      expect(() => decodeProjectText(text, 'soak')).not.toThrow();
    },
  );
});
