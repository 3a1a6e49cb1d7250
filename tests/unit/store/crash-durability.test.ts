// Kill -9 durability: a child writes changes as fast as it can and is SIGKILLed at a random moment, 12 times;
// every change it printed as acknowledged must be in the project the parent then opens (taking the stale lock over).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import { LOCK_FILE } from '../../../src-main/store/project-lock';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { bundledChild } from '../../fixtures/child-script';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../..');
const WRITER = 'tests/fixtures/crash-writer.ts';
/** Enough kills to land in every phase of a write (temp file, rename, backup), few enough to stay bounded. */
const ITERATIONS = 12;
/** Initial upper bound of the random kill delay after the first ack; shrunk to fit a fast machine's full run. */
const MAX_KILL_DELAY_MS = 1_000;

interface RunOutcome {
  /** Highest acknowledged `mentions` value per character id. */
  acked: Map<string, number>;
  /** Locations whose creation was acknowledged. */
  created: string[];
  ackLines: number;
  killed: boolean;
  /** The writer finished its changes and began releasing its lock before it died or exited. */
  closing: boolean;
  /** Milliseconds from the first ack to "closing", when the writer got that far. */
  burstMs?: number;
  childPid: number;
  stderr: string;
}

/** Runs the writer once, SIGKILLs it a random time after its first ack, and collects the complete ack lines. */
function runWriterAndKill(
  writer: string,
  root: string,
  projectId: string,
  maxDelayMs: number,
): Promise<RunOutcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, root, projectId], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const outcome: RunOutcome = {
      acked: new Map(),
      created: [],
      ackLines: 0,
      killed: false,
      closing: false,
      childPid: child.pid ?? -1,
      stderr: '',
    };
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    let firstAckAt = 0;
    const onLine = (line: string): void => {
      const [kind, id, value] = line.split(' ');
      if (kind === 'u' && id && value !== undefined) {
        outcome.acked.set(id, Math.max(outcome.acked.get(id) ?? -1, Number(value)));
        outcome.ackLines += 1;
      } else if (kind === 'c' && id) {
        outcome.created.push(id);
        outcome.ackLines += 1;
      } else if (kind === 'closing') {
        outcome.closing = true;
        outcome.burstMs = Date.now() - firstAckAt;
      }
      if (!timer && outcome.ackLines === 1) {
        firstAckAt = Date.now();
        timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * maxDelayMs));
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      // Only complete lines count: a line cut by the kill was never fully reported.
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        onLine(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (outcome.stderr += chunk));
    child.on('error', fail);
    // 'close' fires after the process was reaped and its pipes drained: the pid is dead, all output is read.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      outcome.killed = signal === 'SIGKILL';
      done(outcome);
    });
  });
}

describe('crash durability (SIGKILL during a burst of writes)', () => {
  afterAll(removeTempDirs);

  it('keeps every acknowledged change across 12 random kills and takes the stale lock over', async () => {
    const writer = await bundledChild(WRITER);
    const root = makeTempDir('storyloom-crash-');
    const setup = new ProjectRepository({ root });
    const { id: projectId, path: dir } = await setup.create('Crash test', 'short-film');
    const highest = new Map<string, number>();
    const createdLocations = new Set<string>();
    let midBurstKills = 0;
    let maxDelayMs = MAX_KILL_DELAY_MS;

    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const run = await runWriterAndKill(writer, root, projectId, maxDelayMs);
      // A writer that finished before the kill shows how long a whole burst takes here: aim inside it.
      if (run.burstMs !== undefined)
        maxDelayMs = Math.max(20, Math.min(maxDelayMs, Math.floor(run.burstMs * 0.8)));
      expect(run.stderr, `writer stderr in iteration ${iteration}`).toBe('');
      expect(run.ackLines, `iteration ${iteration} acknowledged nothing`).toBeGreaterThan(0);
      for (const [id, value] of run.acked) highest.set(id, Math.max(highest.get(id) ?? -1, value));
      for (const id of run.created) createdLocations.add(id);

      if (run.killed && !run.closing) {
        midBurstKills += 1;
        // The killed writer left its lock behind: the parent must recognise the dead pid and take it over.
        const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number };
        expect(lock.pid).toBe(run.childPid);
      }

      const repo = new ProjectRepository({ root, owner: 'crash-test parent' });
      const session = await repo.open(projectId);
      expect(session.readOnly, session.readOnlyReason).toBe(false);
      expect((JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid).toBe(
        process.pid,
      );
      // Temp files of writes cut by the kill are swept once the lock is taken over.
      expect(
        [...readdirSync(dir), ...readdirSync(join(dir, 'backups'))].filter((n) => n.endsWith('.tmp')),
      ).toEqual([]);

      const stored = new Map(
        (session.file.entities.characters as Character[]).map((c) => [c.id, c.mentions ?? 0]),
      );
      for (const [id, value] of highest) {
        // A later, unacknowledged value may have reached the disk too; an older one never may.
        expect(stored.has(id), `character ${id} lost`).toBe(true);
        expect(stored.get(id)!, `character ${id}: acked ${value}`).toBeGreaterThanOrEqual(value);
      }
      const locationIds = new Set(session.file.entities.locations.map((l) => l.id));
      for (const id of createdLocations) expect(locationIds.has(id), `location ${id} lost`).toBe(true);
      // The project must stay writable after the takeover.
      await session.updateMeta({ logline: `after kill ${iteration}` }, 'parent check');
      await repo.closeAll();
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    }

    // The random delay stays below a full run's length, so most iterations are real mid-burst kills.
    expect(midBurstKills).toBeGreaterThanOrEqual(ITERATIONS / 2);
    expect(highest.size).toBe(10);
  }, 120_000);
});
