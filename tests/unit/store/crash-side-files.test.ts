// Kill -9 durability of every other kind of write (issue 8): chat log, queue.json, run records, settings, the first
// write of a new project and text/archive imports, all written at once by a child that is SIGKILLed at a random
// moment. Every write it acknowledged must be readable afterwards, no half-created project may show up or break the
// list, and the next start sweeps the staging folders the killed child left.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChatLog } from '../../../src-main/chat/chat-log';
import { RunStore } from '../../../src-main/agents/pipeline/run-record';
import { QueueFile } from '../../../src-main/queue/queue-file';
import { SettingsService } from '../../../src-main/settings/settings-service';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../..');
const WRITER = join(REPO_ROOT, 'tests/fixtures/crash-side-writer.ts');
/** Each iteration spawns one writer (start-up dominates: it loads the settings and model code). */
const ITERATIONS = 3;
const MAX_KILL_DELAY_MS = 1_500;

interface Acks {
  chat: Map<string, string[]>;
  queue: string[];
  runs: Map<string, number>;
  settings: number;
  projects: string[];
  /** Acknowledged imports: project id → characters it was made with. */
  imports: Map<string, number>;
  stderr: string;
  killed: boolean;
}

function runAndKill(root: string, projectId: string, appDir: string, iteration: number): Promise<Acks> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, root, projectId, appDir, String(iteration)],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acks: Acks = {
      chat: new Map(),
      queue: [],
      runs: new Map(),
      settings: -1,
      projects: [],
      imports: new Map(),
      stderr: '',
      killed: false,
    };
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    const onLine = (line: string): void => {
      const [kind, a, b] = line.split(' ');
      if (kind === 'chat' && a && b) acks.chat.set(a, [...(acks.chat.get(a) ?? []), b]);
      else if (kind === 'queue' && a) acks.queue.push(a);
      else if (kind === 'run' && a && b) acks.runs.set(a, Math.max(acks.runs.get(a) ?? 0, Number(b)));
      else if (kind === 'settings' && a) acks.settings = Math.max(acks.settings, Number(a));
      else if (kind === 'project' && a) acks.projects.push(a);
      else if (kind === 'import' && a && b) acks.imports.set(a, Number(b));
      timer ??= setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * MAX_KILL_DELAY_MS);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        onLine(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (acks.stderr += chunk));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      acks.killed = signal === 'SIGKILL';
      done(acks);
    });
  });
}

describe('crash durability of side files (SIGKILL while writing chat, queue, runs, settings, new projects)', () => {
  afterAll(removeTempDirs);

  it('keeps every acknowledged write of every kind, and never shows a half-created project', async () => {
    const root = makeTempDir('storyloom-crash-side-');
    const appDir = makeTempDir('storyloom-crash-app-');
    const { id: projectId, path: dir } = await new ProjectRepository({ root }).create('Side', 'short-film');
    const createdProjects = new Set<string>();
    const imported = new Map<string, number>();
    let settingsAcked = -1;
    let swept = 0;

    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const acks = await runAndKill(root, projectId, appDir, iteration);
      expect(acks.stderr, `writer stderr in iteration ${iteration}`).toBe('');
      expect(acks.killed).toBe(true);
      for (const id of acks.projects) createdProjects.add(id);
      for (const [id, characters] of acks.imports) imported.set(id, characters);
      settingsAcked = Math.max(settingsAcked, acks.settings);

      const repo = new ProjectRepository({ root, owner: 'crash-side parent' });
      // The next start sweeps what the killed child was staging (imports, creations); nothing else is left there.
      swept += (await repo.sweepStaging()).length;
      const staging = join(root, '.staging');
      expect(existsSync(staging) ? readdirSync(staging) : [], 'stale staging folders').toEqual([]);
      const session = await repo.open(projectId);
      expect(session.readOnly, session.readOnlyReason).toBe(false);

      // Chat: every acknowledged line reads back, and the log accepts new lines after a torn one.
      const log = new ChatLog(dir, () => session.assertWritable());
      for (const [sessionId, ids] of acks.chat) {
        const stored = new Set((await log.read(sessionId)).map((m) => m.id));
        for (const id of ids) expect(stored.has(id), `chat message ${id} lost`).toBe(true);
      }
      // queue.json: parses, and holds every task acknowledged in this iteration.
      const tasks = new Set((await new QueueFile(session).load()).map((t) => t.id));
      for (const id of acks.queue) expect(tasks.has(id), `queue task ${id} lost`).toBe(true);
      // Run records: each reads back at least the acknowledged checkpoint.
      for (const [runId, n] of acks.runs)
        expect((await new RunStore(dir).load(runId)).costUsd, `run ${runId}`).toBeGreaterThanOrEqual(n);
      // Settings: load without being set aside as corrupt, with the acknowledged value or later.
      const settings = await (await SettingsService.open({ appDir, projectsRoot: root })).get();
      expect(settings.timeoutMs - 1000).toBeGreaterThanOrEqual(settingsAcked);
      expect(readdirSync(appDir).filter((n) => n.includes('.corrupt-'))).toEqual([]);
      // New projects: the list works, every acknowledged one is listed and opens; nothing half-made is listed.
      const listed = await repo.list();
      const ids = new Set(listed.map((p) => p.id));
      for (const id of createdProjects) expect(ids.has(id), `new project ${id} lost`).toBe(true);
      for (const summary of listed) {
        expect(summary.path.includes('.staging'), `half-created ${summary.path} listed`).toBe(false);
        expect(summary.damaged, `listed project ${summary.path} is damaged`).toBeUndefined();
      }
      // Imports: every acknowledged one is listed and opens with all the characters it was made with.
      for (const [id, characters] of imported) {
        expect(ids.has(id), `import ${id} lost`).toBe(true);
        expect((await repo.open(id)).file.entities.characters, `import ${id}`).toHaveLength(characters);
      }
      await repo.closeAll();
    }
    console.log(
      `crash side files: ${imported.size} imports acknowledged, ${swept} stale staging folders swept`,
    );
    expect(createdProjects.size).toBeGreaterThan(0);
    expect(imported.size).toBeGreaterThan(0);
    expect(settingsAcked).toBeGreaterThan(0);
  }, 180_000);
});
