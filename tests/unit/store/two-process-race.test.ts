// Two-process race: two writers start at random offsets on one project, each waits for write access and acknowledges
// changes; after every round each acknowledged change must be on disk (issue 8: the lock was taken after the read,
// so a process that took over a released lock wrote its stale copy over the other's acknowledged changes).
//
// CI runs a few rounds; the full acceptance run is `STORYLOOM_RACE_ROUNDS=50 STORYLOOM_RACE_CHANGES=500`.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../..');
const WRITER = join(REPO_ROOT, 'tests/fixtures/race-writer.ts');
const ROUNDS = Number(process.env.STORYLOOM_RACE_ROUNDS ?? 3);
const CHANGES = Number(process.env.STORYLOOM_RACE_CHANGES ?? 150);
/** Padding that makes a project read take a few milliseconds, as a real project does: the race window. */
const PADDING_LOCATIONS = 600;
const MAX_START_OFFSET_MS = 400;

interface WriterOutcome {
  tag: string;
  acked: Map<string, number>;
  ackLines: number;
  refusals: string[];
  readOnlyWrites: number;
  done: boolean;
  code: number | null;
  stderr: string;
}

/** Spawns a writer; `ready` resolves once it is loaded, and it starts when `go` is written to its stdin. */
function runWriter(
  root: string,
  projectId: string,
  tag: string,
  delayMs: number,
  ready: () => void,
  onSpawn: (stdin: NodeJS.WritableStream) => void,
): Promise<WriterOutcome> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, root, projectId, tag, String(CHANGES), String(delayMs)],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    onSpawn(child.stdin);
    const out: WriterOutcome = {
      tag,
      acked: new Map(),
      ackLines: 0,
      refusals: [],
      readOnlyWrites: 0,
      done: false,
      code: null,
      stderr: '',
    };
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const [kind, id, value] = line.split(' ');
        if (kind === 'u' && id && value !== undefined) {
          out.acked.set(id, Math.max(out.acked.get(id) ?? -1, Number(value)));
          out.ackLines += 1;
        } else if (kind === 'refused') out.refusals.push(line.slice('refused '.length));
        else if (kind === 'w') out.readOnlyWrites += 1;
        else if (kind === 'done') out.done = true;
        else if (kind === 'ready') ready();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (out.stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      out.code = code;
      done(out);
    });
  });
}

/** Starts both writers once both are loaded, so their random offsets really overlap. */
function startTogether(root: string, projectId: string, offsets: number[]): Promise<WriterOutcome>[] {
  const stdins: NodeJS.WritableStream[] = [];
  let loaded = 0;
  const ready = () => {
    loaded += 1;
    if (loaded === 2) for (const stdin of stdins) stdin.end('go\n');
  };
  return ['a', 'b'].map((tag, i) =>
    runWriter(root, projectId, tag, offsets[i]!, ready, (stdin) => stdins.push(stdin)),
  );
}

async function paddedProject(root: string): Promise<string> {
  const repo = new ProjectRepository({ root });
  const { id } = await repo.create('Race', 'feature-film');
  const session = await repo.open(id);
  const text = 'A long corridor of doors that all open onto the same rain-soaked street. '.repeat(8);
  await Promise.all(
    Array.from({ length: PADDING_LOCATIONS }, (_, i) =>
      session.createEntity('location', { name: `Padding ${i}`, description: text }, { via: 'agent' }),
    ),
  );
  await repo.closeAll();
  return id;
}

describe('two-process race on one project', () => {
  afterAll(removeTempDirs);

  it(
    'keeps every change either process acknowledged, over random start offsets (lock before read)',
    async () => {
      const root = makeTempDir('storyloom-race-');
      const projectId = await paddedProject(root);
      const highest = new Map<string, number>();
      const figures = { rounds: 0, acked: { a: 0, b: 0 }, refusals: 0 };

      for (let round = 0; round < ROUNDS; round++) {
        const offsets = [Math.random() * MAX_START_OFFSET_MS, Math.random() * MAX_START_OFFSET_MS];
        const children = startTogether(root, projectId, offsets);
        const outcomes = await Promise.all(children);
        for (const out of outcomes) {
          expect(out.stderr, `writer ${out.tag} round ${round}`).toBe('');
          expect(out.code, `writer ${out.tag} exit in round ${round}`).toBe(0);
          expect(out.done).toBe(true);
          expect(out.readOnlyWrites, 'a read-only session acknowledged a write').toBe(0);
          // A refused process is told why, in words a user can act on.
          for (const reason of out.refusals) expect(reason).toMatch(/read-only/);
          for (const [id, value] of out.acked) highest.set(id, Math.max(highest.get(id) ?? -1, value));
          figures.acked[out.tag as 'a' | 'b'] += out.ackLines;
          figures.refusals += out.refusals.length;
        }
        const repo = new ProjectRepository({ root, owner: 'race-test parent' });
        const session = await repo.open(projectId);
        const stored = new Map(
          (session.file.entities.characters as Character[]).map((c) => [c.id, c.mentions ?? 0]),
        );
        for (const [id, value] of highest) {
          expect(stored.has(id), `round ${round}: character ${id} lost`).toBe(true);
          expect(
            stored.get(id)!,
            `round ${round}: character ${id} acknowledged ${value}`,
          ).toBeGreaterThanOrEqual(value);
        }
        await repo.closeAll();
        figures.rounds += 1;
        // The long acceptance run reports as it goes (set STORYLOOM_RACE_LOG to a file path).
        if (process.env.STORYLOOM_RACE_LOG)
          appendFileSync(process.env.STORYLOOM_RACE_LOG, `${JSON.stringify(figures)}\n`);
      }
      // Both processes wrote in every round (one after the other), so the refusals really happened.
      expect(figures.acked.a).toBeGreaterThanOrEqual(ROUNDS * CHANGES);
      expect(figures.acked.b).toBeGreaterThanOrEqual(ROUNDS * CHANGES);
      expect(figures.refusals).toBeGreaterThan(0);
      console.info(`two-process race: ${JSON.stringify(figures)}`);
    },
    30_000 + ROUNDS * 60_000,
  );
});
