// Project lock: one writer per project, even between processes racing for it; a second opener is read-only with a
// reason; a dead pid's lock is taken over.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireProjectLock,
  LOCK_FILE,
  UNREADABLE_LOCK_GRACE_MS,
} from '../../../src-main/store/project-lock';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { bundledChild } from '../../fixtures/child-script';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const writeLock = (dir: string, record: object) =>
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(record));
const lockPid = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid;

/** The pid of a process that has exited (and been reaped), so it is certainly not alive. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '0']);
  return result.pid!;
}

describe('project lock', () => {
  it('a second repository on the same root opens the project read-only, says why, and cannot write', async () => {
    const { repo, session, root, projectId, dir } = await openFreshProject();
    expect(session.readOnly).toBe(false);
    expect(lockPid(dir)).toBe(process.pid);
    const second = new ProjectRepository({ root, owner: 'second window' });
    const other = await second.open(projectId);
    expect(other.readOnly).toBe(true);
    expect(other.readOnlyReason).toMatch(/already open/);
    await expect(other.createEntity('character', { name: 'X' }, { via: 'manual' })).rejects.toMatchObject({
      code: 'PROJECT_READ_ONLY',
    });
    await expect(other.undo()).rejects.toMatchObject({ code: 'PROJECT_READ_ONLY' });
    await second.closeAll();
    // Closing the read-only session must not release the writer's lock.
    expect(lockPid(dir)).toBe(process.pid);
    await repo.closeAll();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('a live process holding the lock makes the opener read-only and names it', async () => {
    const { repo, dir, projectId, root } = await openFreshProject();
    await repo.closeAll();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeLock(dir, {
        pid: sleeper.pid,
        host: hostname(),
        at: '2020-01-01T00:00:00.000Z',
        owner: 'Storyloom electron',
      });
      const other = new ProjectRepository({ root });
      const session = await other.open(projectId);
      expect(session.readOnly).toBe(true);
      expect(session.readOnlyReason).toContain('Storyloom electron');
      expect(session.readOnlyReason).toContain(String(sleeper.pid));
      await other.closeAll();
      expect(lockPid(dir)).toBe(sleeper.pid);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over the lock of a dead process on this host', async () => {
    const { repo, dir, projectId, root } = await openFreshProject();
    await repo.closeAll();
    const pid = deadPid();
    writeLock(dir, { pid, host: hostname(), at: '2020-01-01T00:00:00.000Z', owner: 'crashed' });
    const other = new ProjectRepository({ root });
    const session = await other.open(projectId);
    expect(session.readOnly).toBe(false);
    expect(lockPid(dir)).toBe(process.pid);
    await session.createEntity('character', { name: 'After crash' }, { via: 'manual' });
    await other.closeAll();
  });

  it('takes over an old unreadable (garbage) lock file, but not a lock from another host', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, LOCK_FILE), '\0\0garbage');
    const old = (Date.now() - UNREADABLE_LOCK_GRACE_MS - 1_000) / 1000;
    utimesSync(join(dir, LOCK_FILE), old, old);
    const first = acquireProjectLock(dir, 'me');
    expect(first.acquired).toBe(true);
    if (first.acquired) first.release();
    writeLock(dir, { pid: deadPid(), host: `not-${hostname()}`, at: 'x', owner: 'shared drive' });
    const second = acquireProjectLock(dir, 'me');
    expect(second.acquired).toBe(false);
    if (!second.acquired) expect(second.reason).toContain('shared drive');
  });
});

describe('lock exclusion between processes', () => {
  it('an empty lock file (another process between its exclusive create and its write) is not taken over', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    const outcome = acquireProjectLock(dir, 'me');
    expect(outcome.acquired).toBe(false);
    if (!outcome.acquired) expect(outcome.reason).toMatch(/read-only/);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('');
  });

  it('three processes taking and releasing the lock in a tight loop never hold it at the same time', async () => {
    const dir = makeTempDir('storyloom-lock-');
    const script = await bundledChild('tests/fixtures/lock-hammer.ts');
    const results = await Promise.all(
      ['a', 'b', 'c'].map(
        (tag) =>
          new Promise<{ tag: string; held: number; overlaps: number }>((resolve, reject) => {
            execFile(process.execPath, [script, dir, tag, '4000'], (error, stdout) =>
              error
                ? reject(error)
                : resolve(JSON.parse(stdout) as { tag: string; held: number; overlaps: number }),
            );
          }),
      ),
    );
    for (const result of results) {
      expect(result.overlaps, `process ${result.tag} held the lock while another did`).toBe(0);
      expect(result.held, `process ${result.tag} never got the lock`).toBeGreaterThan(0);
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);
});

describe('taking over after a crash', () => {
  it('sweeps the temp files the dead writer left in the project and backups folders', async () => {
    const { repo, dir, projectId, root } = await openFreshProject();
    await repo.closeAll();
    writeLock(dir, { pid: deadPid(), host: hostname(), at: 'x', owner: 'crashed' });
    writeFileSync(join(dir, '.project.json.99999.0123456789ab.tmp'), '{"half');
    writeFileSync(join(dir, 'backups', '.project-x.json.99999.0123456789ab.tmp'), '{"half');
    const session = await new ProjectRepository({ root }).open(projectId);
    expect(session.readOnly).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await session.close();
  });

  it('a read-only opener leaves the holder’s files alone', async () => {
    const { repo, dir, projectId, root } = await openFreshProject();
    writeFileSync(join(dir, '.project.json.99999.0123456789ab.tmp'), '{"in flight');
    const other = await new ProjectRepository({ root }).open(projectId);
    expect(other.readOnly).toBe(true);
    expect(existsSync(join(dir, '.project.json.99999.0123456789ab.tmp'))).toBe(true);
    await repo.closeAll();
  });
});
