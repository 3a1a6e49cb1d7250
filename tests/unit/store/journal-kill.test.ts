// Kill -9 between journal append and checkpoint: every change acknowledged only by the journal survives the kill.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import { LOCK_FILE } from '../../../src-main/store/project-lock';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { bundledChild } from '../../fixtures/child-script';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../..');
const WRITER = 'tests/fixtures/journal-crash-writer.ts';
const CHANGES = 40;

/** Runs the writer until it reports every change acknowledged, then SIGKILLs it; returns the highest acked value. */
function runAndKill(script: string, root: string, projectId: string) {
  return new Promise<{ id: string; highest: number; killed: boolean; stderr: string; pid: number }>(
    (done, fail) => {
      const child = spawn(process.execPath, [script, root, projectId, String(CHANGES)], { cwd: REPO_ROOT });
      const out = { id: '', highest: -1, killed: false, stderr: '', pid: child.pid ?? -1 };
      let buffered = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
          const [kind, id, value] = buffered.slice(0, nl).split(' ');
          buffered = buffered.slice(nl + 1);
          if (kind === 'u' && id) {
            out.id = id;
            out.highest = Math.max(out.highest, Number(value));
          } else if (kind === 'acked') child.kill('SIGKILL');
        }
      });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (out.stderr += chunk));
      child.on('error', fail);
      child.on('close', (_code, signal) => {
        out.killed = signal === 'SIGKILL';
        done(out);
      });
    },
  );
}

describe('journal durability (SIGKILL after journal acks, before any checkpoint)', () => {
  afterAll(removeTempDirs);

  it('replays every acknowledged change from the journal after kill -9', async () => {
    const script = await bundledChild(WRITER);
    const root = makeTempDir('storyloom-journal-kill-');
    const setup = new ProjectRepository({ root });
    const { id: projectId, path: dir } = await setup.create('Journal kill', 'short-film');
    // Padding: project.json outweighs a small burst's records, so the writer acknowledges by journal appends.
    const padding = await setup.open(projectId);
    const text = 'A stairwell that smells of rain and of somebody else’s cooking. '.repeat(10);
    for (let i = 0; i < 30; i++)
      await padding.createEntity('location', { name: `Padding ${i}`, description: text }, { via: 'agent' });
    await setup.closeAll();

    const run = await runAndKill(script, root, projectId);
    expect(run.stderr).toBe('');
    expect(run.killed).toBe(true);
    expect(run.highest).toBe(CHANGES);
    // The kill left the lock and a journal; project.json itself was never rewritten by those changes.
    expect((JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid).toBe(run.pid);
    expect(existsSync(join(dir, 'project.journal'))).toBe(true);
    const raw = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as {
      entities: { characters: Character[] };
    };
    expect(raw.entities.characters).toHaveLength(0);

    // A fresh open takes the dead writer's lock over and replays the journal.
    const repo = new ProjectRepository({ root, owner: 'journal-kill parent' });
    const session = await repo.open(projectId);
    expect(session.readOnly, session.readOnlyReason).toBe(false);
    expect(session.recovery.replayed).toBe(CHANGES + 1);
    const kept = session.file.entities.characters.find((c) => c.id === run.id) as Character | undefined;
    expect(kept?.mentions).toBe(CHANGES);
    // Replayed history is the live history: undo steps back through the replayed changes.
    await session.undo();
    expect((session.file.entities.characters[0] as Character).mentions).toBe(CHANGES - 1);
    await repo.closeAll();
    const closed = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as {
      entities: { characters: Character[] };
    };
    expect(closed.entities.characters[0]!.mentions).toBe(CHANGES - 1);
    expect(existsSync(join(dir, 'project.journal'))).toBe(false);
  }, 60_000);
});
